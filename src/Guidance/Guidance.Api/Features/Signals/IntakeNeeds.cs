using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Signals;

/// <summary>
/// The intake's needs that make a rule fire earlier for a student. A rule names the needs that match it (structure for
/// hours and contact, private circumstances for absence and reviews, …); a need recorded at "some" or "much" lowers
/// the rule's threshold to its <c>Intake…</c> value in <see cref="SignalOptions"/>, and the signal's evidence says so
/// (<see cref="SignalEvidence.LoweredByIntake"/>).
/// </summary>
public static class IntakeNeeds
{
    /// <summary>Of <paramref name="matching"/>, the needs the intake recorded for the student (none without an intake).</summary>
    public static IReadOnlyList<NeedsCategory> Matching(NeedsSummary? needs, params NeedsCategory[] matching) =>
        needs is null ? [] : [.. matching.Where(category => Level(needs, category) != NeedLevel.None)];

    /// <summary><paramref name="lowered"/> when an intake need matches, else <paramref name="usual"/>.</summary>
    public static T Threshold<T>(IReadOnlyList<NeedsCategory> matched, T usual, T lowered) => matched.Count > 0 ? lowered : usual;

    /// <summary>The evidence, with the sentence on the lowered threshold when one was.</summary>
    public static SignalText Explain(SignalText evidence, IReadOnlyList<NeedsCategory> matched) =>
        matched.Count > 0 ? evidence.Then(SignalEvidence.LoweredByIntake(matched)) : evidence;

    private static NeedLevel Level(NeedsSummary needs, NeedsCategory category) => category switch
    {
        NeedsCategory.Pedagogical => needs.Pedagogical,
        NeedsCategory.Didactic => needs.Didactic,
        NeedsCategory.FutureWishes => needs.FutureWishes,
        NeedsCategory.Structure => needs.Structure,
        NeedsCategory.PrivateCircumstances => needs.PrivateCircumstances,
        _ => NeedLevel.None,
    };
}
