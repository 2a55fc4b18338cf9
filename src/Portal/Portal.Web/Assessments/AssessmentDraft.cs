namespace PartnershipHub.Portal.Assessments;

/// <summary>What the assessor has filled in so far; serialised to the browser's storage so a lost connection loses nothing.</summary>
public sealed class AssessmentDraft
{
    public Guid? AssessmentId { get; set; }

    public int Step { get; set; }

    public Dictionary<string, string> Levels { get; set; } = [];

    public Dictionary<string, string> Observations { get; set; } = [];

    public string? OverallComment { get; set; }

    public string? FeedForward { get; set; }
}
