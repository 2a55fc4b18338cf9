using PartnershipHub.Portal.AgreementDocuments;
using PartnershipHub.Portal.Extensions;
using PartnershipHub.Portal.Insights;
using PartnershipHub.Portal.PersonalData;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPortalServices();
builder.AddPortalErrorPages();

var app = builder.Build();
app.UsePortalErrorPages();
app.UsePortalPipeline();
app.MapDefaultEndpoints();
app.UsePortalExceptionPage();
app.MapAccountEndpoints();
app.MapCultureEndpoints();
app.MapGrowthDocumentEndpoints();
app.MapPersonalDataEndpoints();
app.MapInsightsExportEndpoints();
app.MapAgreementDocumentEndpoints();
app.MapPortalComponents();
app.Run();

public partial class Program;
