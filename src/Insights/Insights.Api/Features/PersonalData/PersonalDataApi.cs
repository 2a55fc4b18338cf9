using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Insights.Security;

namespace PartnershipHub.Insights.Features.PersonalData;

/// <summary>
/// The student's right of access, Insights' part: read-only, in a stable order. Only the student's own surveys: the
/// trainer's survey of the same placement holds the trainer's answers, which are theirs.
/// </summary>
public static class PersonalDataApi
{
    public const string ServiceName = "insights";

    public static IEndpointRouteBuilder MapPersonalDataApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/students/{studentId:guid}/export", ExportAsync).WithTags("Personal data");
        return app;
    }

    private static async Task<Results<Ok<InsightsExport>, NotFound, ForbidHttpResult>> ExportAsync(
        Guid studentId, ClaimsPrincipal user, InsightsDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // Surveys can outlive a missing fact (a placement's end heard before the enrolment); erasure removes both.
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == studentId, cancellationToken);
        var own = db.Surveys.AsNoTracking().Where(s => s.StudentId == studentId && s.Respondent == SurveyRespondent.Student);
        if (student is null && !await own.AnyAsync(cancellationToken))
        {
            return TypedResults.NotFound();
        }

        if (!user.CanExport(studentId, student))
        {
            return TypedResults.Forbid();
        }

        var surveys = await own
            .OrderBy(s => s.OpenedAt).ThenBy(s => s.Id)
            .Select(s => new { Survey = s, CompanyName = db.Companies.Where(c => c.Id == s.CompanyId).Select(c => c.Name).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new InsightsExport(
            clock.GetUtcNow(),
            ServiceName,
            student is null ? null : StudentFactExport.From(student),
            [.. surveys.Select(s => SurveyExport.From(s.Survey, s.CompanyName ?? ""))]));
    }
}
