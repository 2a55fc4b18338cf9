namespace PartnershipHub.Internships.Domain;

/// <summary>One matching run for a period: what was asked, what it found, and how long it took.</summary>
public sealed class MatchingRun
{
    public Guid Id { get; set; }

    public Guid PeriodId { get; set; }

    public string PeriodName { get; set; } = "";

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public string? CreboFilter { get; set; }

    public string? CohortFilter { get; set; }

    public int PlannedHours { get; set; }

    /// <summary>The weights as JSON (jsonb), so a run can be read back exactly as it was solved.</summary>
    public string Weights { get; set; } = "{}";

    public MatchingRunStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset? PublishedAt { get; set; }

    public int StudentCount { get; set; }

    public int PlacedCount { get; set; }

    public long TotalCost { get; set; }

    public long GreedyCost { get; set; }

    public int GreedyPlacedCount { get; set; }

    public int BuildMs { get; set; }

    public int SolveMs { get; set; }

    public int StoreMs { get; set; }

    public int TotalMs { get; set; }
}
