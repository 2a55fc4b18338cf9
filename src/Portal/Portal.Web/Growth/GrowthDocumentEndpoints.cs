namespace PartnershipHub.Portal.Extensions;

public static class GrowthDocumentEndpoints
{
    public static WebApplication MapGrowthDocumentEndpoints(this WebApplication app) => app;
}
