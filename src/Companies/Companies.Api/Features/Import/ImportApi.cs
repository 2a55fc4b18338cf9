using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Companies.Features.Import;

/// <summary>
/// <c>POST /api/companies/import</c>: a CSV register export, sent as the body (<c>text/csv</c>) or as the first file
/// of a multipart form. Coordinators only. Answers with counts and a report of every rejected row.
/// </summary>
public static class ImportApi
{
    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/companies/import", ImportCompanies)
            .WithTags("Companies")
            .RequireAuthorization(Policies.Coordinator)
            // A register export of tens of thousands of rows is larger than the default body limit allows for.
            .WithMetadata(new RequestSizeLimitAttribute(200 * 1024 * 1024))
            .WithLongRunningTimeout();
        return app;
    }

    private static async Task<Ok<ImportReport>> ImportCompanies(HttpRequest request, CompanyImporter importer, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var file = form.Files.FirstOrDefault() ?? throw new FieldValidationException("file", "Attach the CSV file.");
            await using var upload = file.OpenReadStream();
            return TypedResults.Ok(await importer.ImportAsync(upload, cancellationToken));
        }

        return TypedResults.Ok(await importer.ImportAsync(request.Body, cancellationToken));
    }
}
