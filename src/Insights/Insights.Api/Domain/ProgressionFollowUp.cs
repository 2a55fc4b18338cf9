namespace PartnershipHub.Insights.Domain;

/// <summary>
/// Whether a student's plan follows up their progression wish: a goal in the <c>futureWishes</c> area, from Guidance's
/// <c>PlanUpdated</c>. <see cref="GoalStatus"/> is the most advanced such goal's camelCase status (met over adjusted over
/// open over dropped); <see cref="FirstSetAt"/> is when the plan first had one.
/// </summary>
public sealed class ProgressionFollowUp
{
    public Guid StudentId { get; set; }

    public bool HasGoal { get; set; }

    public string? GoalStatus { get; set; }

    public DateTimeOffset? FirstSetAt { get; set; }

    public long PlanVersion { get; set; }
}
