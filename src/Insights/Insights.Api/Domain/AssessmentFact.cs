namespace PartnershipHub.Insights.Domain;

/// <summary>
/// A submitted attitude assessment: who assessed (camelCase role), when, how many criteria were "needs attention" and
/// how many were two levels or more from another role's latest (a school–work discrepancy when the roles are the
/// school's and the workplace's), and the level per criterion in <see cref="Levels"/>.
/// </summary>
public sealed class AssessmentFact
{
    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    public Guid? PlacementId { get; set; }

    /// <summary><c>self</c>, <c>peer</c>, <c>teacher</c>, <c>mentor</c>, <c>trainer</c>.</summary>
    public string AssessorRole { get; set; } = "";

    public string Kind { get; set; } = "";

    public DateTimeOffset SubmittedAt { get; set; }

    public int NeedsAttentionCount { get; set; }

    public int DiscrepantCount { get; set; }

    public List<AssessmentLevelFact> Levels { get; set; } = [];
}

/// <summary>One criterion's level (1–4) in one assessment; the student id is kept for erasure and counting.</summary>
public sealed class AssessmentLevelFact
{
    public Guid AssessmentId { get; set; }

    public string CriterionKey { get; set; } = "";

    public Guid StudentId { get; set; }

    public int Level { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public string AssessorRole { get; set; } = "";
}
