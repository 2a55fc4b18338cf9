using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Assessments;

/// <summary>Which assessments count: submitted, and not corrected by a submitted correction (read from the corrections).</summary>
public static class AssessmentQueries
{
    public static IQueryable<Assessment> Counting(this DbSet<Assessment> assessments) =>
        assessments.AsNoTracking().Where(a => a.Status == AssessmentStatus.Submitted
            && !assessments.Any(c => c.SupersedesId == a.Id && c.Status == AssessmentStatus.Submitted));

    /// <summary>The submitted correction of each of <paramref name="ids"/> that has one.</summary>
    public static Task<Dictionary<Guid, Guid>> SubmittedCorrectionsAsync(this DbSet<Assessment> assessments, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        assessments.AsNoTracking()
            .Where(c => c.SupersedesId != null && ids.Contains(c.SupersedesId.Value) && c.Status == AssessmentStatus.Submitted)
            .ToDictionaryAsync(c => c.SupersedesId!.Value, c => c.Id, cancellationToken);
}
