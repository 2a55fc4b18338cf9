using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Infrastructure;
using PartnershipHub.Guidance.Security;

namespace PartnershipHub.Guidance.Features.Assessments;

/// <summary>
/// <c>DELETE /api/assessments/{id}</c>: the assessor throws away their own draft. Nothing was published for a draft and
/// nothing counts it (progress, rules and events read submitted assessments only), so the row simply goes.
/// </summary>
public static class DiscardAssessment
{
    public static async Task<Results<NoContent, NotFound, ForbidHttpResult>> HandleAsync(
        Guid id, ClaimsPrincipal user, GuidanceDbContext db, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assessment is null)
        {
            return TypedResults.NotFound();
        }

        // Only the author: a mentor may read every draft about their mentee, but not throw away a colleague's work.
        if (assessment.AssessorId != user.CallerId())
        {
            return TypedResults.Forbid();
        }

        assessment.EnsureDiscardable();
        db.Assessments.Remove(assessment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
