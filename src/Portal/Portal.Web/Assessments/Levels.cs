namespace PartnershipHub.Portal.Assessments;

/// <summary>The attitude levels as Guidance names them, in order, and their place on a chart (not observed has none).</summary>
public static class Levels
{
    public const string NeedsAttention = "needsAttention";
    public const string Developing = "developing";
    public const string Competent = "competent";
    public const string Strong = "strong";
    public const string NotObserved = "notObserved";

    public static readonly IReadOnlyList<string> Rated = [NeedsAttention, Developing, Competent, Strong];

    public static readonly IReadOnlyList<string> All = [.. Rated, NotObserved];

    /// <summary>1 (needs attention) to 4 (strong); null for not observed or unknown.</summary>
    public static int? Score(string? level) => level switch
    {
        NeedsAttention => 1,
        Developing => 2,
        Competent => 3,
        Strong => 4,
        _ => null,
    };
}
