using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.ServiceDefaults.Validation;
using PartnershipHub.Students.Security;

namespace PartnershipHub.Students.Features.Import;

/// <summary>
/// <c>POST /api/students/import</c>: a CSV export of the student information system, as the request body
/// (<c>text/csv</c>) or as the file of a <c>multipart/form-data</c> upload. Streamed; answers a per-row report.
/// </summary>
public static class StudentImportApi
{
    /// <summary>A college's full export (20,000 students) is a few megabytes; this leaves ample room.</summary>
    public const long MaxUploadBytes = 256L * 1024 * 1024;

    public static IEndpointRouteBuilder MapStudentImportApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/students/import", Import)
            .WithTags("Students")
            .RequireAuthorization(StudentsPolicies.SchoolMembers)
            .RequireAuthorization(Policies.Coordinator)
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            .WithLongRunningTimeout()
            .DisableAntiforgery();
        return app;
    }

    public static async Task<Ok<ImportReport>> Import(HttpRequest request, StudentImporter importer, CancellationToken cancellationToken) =>
        TypedResults.Ok(await importer.ImportAsync(await request.ReadFileAsync(cancellationToken), cancellationToken));
}
