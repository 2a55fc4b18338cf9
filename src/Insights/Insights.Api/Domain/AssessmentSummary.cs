namespace PartnershipHub.Insights.Domain;

/// <summary>
/// Per student, what the assessments section counts: the latest assessment, and the moment since which a school–work
/// discrepancy is visible — the latest over discrepant criteria of the older of the two latest levels (school, workplace).
/// A range that ends after every assessment counts the student as discrepant when it starts at or before that moment.
/// </summary>
public sealed class AssessmentSummary
{
    public Guid StudentId { get; set; }

    public DateTimeOffset LastAssessedAt { get; set; }

    public DateTimeOffset? DiscrepancyAt { get; set; }
}
