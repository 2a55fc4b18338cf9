namespace PartnershipHub.Guidance.Domain;

/// <summary>The plan as it stood after one change: the history is never rewritten.</summary>
public sealed class PlanRevision
{
    public long Id { get; set; }

    public Guid StudentId { get; set; }

    public int Revision { get; set; }

    public string Reason { get; set; } = "";

    public string ChangedBy { get; set; } = "";

    public DateTimeOffset ChangedAt { get; set; }

    public List<PlanGoal> Goals { get; set; } = [];

    public List<PlanAgreement> Agreements { get; set; } = [];

    public string? Approach { get; set; }

    public int ReviewEveryWeeks { get; set; }
}
