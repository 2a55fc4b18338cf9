using PartnershipHub.Portal.Api;

namespace PartnershipHub.Portal.Intake;

/// <summary>One needs category as the page shows it: resource keys for the category and level, and the note.</summary>
public sealed record NeedsProfileLine(string CategoryKey, string LevelKey, string? Note, bool Marked)
{
    private static readonly string[] Levels = ["none", "some", "much"];

    /// <summary>The five categories in the intake's order; a category nobody assessed reads "not assessed", never blank.</summary>
    public static IReadOnlyList<NeedsProfileLine> From(IntakeNeeds? needs) =>
    [
        Line("pedagogical", needs?.Pedagogical),
        Line("didactic", needs?.Didactic),
        Line("futureWishes", needs?.FutureWishes),
        Line("structure", needs?.Structure),
        Line("privateCircumstances", needs?.PrivateCircumstances),
    ];

    private static NeedsProfileLine Line(string category, IntakeNeed? need)
    {
        var level = Levels.FirstOrDefault(l => string.Equals(l, need?.Level, StringComparison.OrdinalIgnoreCase)) ?? "notAssessed";
        return new NeedsProfileLine($"Intake.Need.{category}", $"Intake.Level.{level}", string.IsNullOrWhiteSpace(need?.Note) ? null : need.Note, level == "much");
    }
}
