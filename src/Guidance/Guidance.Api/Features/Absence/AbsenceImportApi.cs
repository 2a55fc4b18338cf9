using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.ServiceDefaults.Validation;

namespace PartnershipHub.Guidance.Features.Absence;

/// <summary>
/// <c>POST /api/absences/import</c>: the information system's school absence export (CSV), as the file of a
/// <c>multipart/form-data</c> upload or as a <c>text/csv</c> body. A coordinator imports for every student, a mentor only
/// the rows of their own mentees (the others come back refused). Answers the row report once the import is committed; the
/// absence signal rule then runs for the students it changed in the background (<see cref="AbsenceEvaluationQueue"/>).
/// </summary>
public static class AbsenceImportApi
{
    /// <summary>
    /// 64 MB: 20,000 students × 20 school days (400,000 rows) is about 16 MB as an information system writes it, so a
    /// college's full export of a month fits four times over.
    /// </summary>
    public const long MaxUploadBytes = 64L * 1024 * 1024;

    public static IEndpointRouteBuilder MapAbsenceImportApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/absences/import", ImportAsync)
            .WithTags("Absence")
            .RequireAuthorization(policy => policy.RequireRole(Roles.Coordinator, Roles.Mentor))
            .WithMetadata(new RequestSizeLimitAttribute(MaxUploadBytes))
            .WithLongRunningTimeout()
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Ok<AbsenceImportReport>> ImportAsync(
        HttpRequest request, ClaimsPrincipal user, SchoolAbsenceImporter importer, AbsenceEvaluationQueue evaluation, CancellationToken cancellationToken)
    {
        var (report, changed) = await importer.ImportAsync(await request.ReadFileAsync(cancellationToken), user, cancellationToken);
        // After the commit: the rows stand whatever the rule does. One query for all the students the import changed, then a
        // signal for each over the line: for a college's first import thousands, so not while the coordinator waits.
        evaluation.Enqueue(changed);
        return TypedResults.Ok(report);
    }
}
