using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PartnershipHub.ServiceDefaults.OpenApi;

/// <summary>
/// Every API describes itself at <c>/openapi/v1.json</c> (Microsoft.AspNetCore.OpenApi), with the roles each operation
/// needs (<see cref="OperationRoles"/>). The document is anonymous: it names routes and shapes, no data, and the portal's
/// tests check the portal's models against it.
/// </summary>
public static class OpenApiDocuments
{
    public const string Path = "/openapi/v1.json";

    internal static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer<WireSchemas>();
            options.AddOperationTransformer<OperationRoles>();
        });

    internal static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi(Path).AllowAnonymous();
        return app;
    }
}
