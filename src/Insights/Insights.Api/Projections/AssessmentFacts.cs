using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;

namespace PartnershipHub.Insights.Projections;

/// <summary>An attitude assessment as the read model keeps it: counts, and the level per criterion when the event has them.</summary>
public static class AssessmentFacts
{
    public const int LowestLevel = 1;

    public const int HighestLevel = 4;

    private const int CriterionKeyMaxLength = 100;

    public static AssessmentFact From(AttitudeAssessmentSubmitted e) => new()
    {
        Id = e.AssessmentId,
        StudentId = e.StudentId,
        PlacementId = e.PlacementId,
        AssessorRole = e.AssessorRole,
        Kind = e.Kind,
        SubmittedAt = e.SubmittedAt,
        NeedsAttentionCount = e.NeedsAttentionCriteria.Distinct().Count(),
        DiscrepantCount = e.DiscrepantCriteria.Distinct().Count(),
        // Older publishers send no levels; a level outside the scale or a second one for a criterion is not a level.
        Levels = [.. (e.Levels ?? [])
            .Where(l => l.Level is >= LowestLevel and <= HighestLevel
                && !string.IsNullOrWhiteSpace(l.CriterionKey) && l.CriterionKey.Length <= CriterionKeyMaxLength)
            .DistinctBy(l => l.CriterionKey)
            .Select(l => new AssessmentLevelFact
            {
                AssessmentId = e.AssessmentId,
                CriterionKey = l.CriterionKey,
                StudentId = e.StudentId,
                Level = l.Level,
                SubmittedAt = e.SubmittedAt,
                AssessorRole = e.AssessorRole,
            })],
    };
}
