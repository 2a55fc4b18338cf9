using PartnershipHub.Contracts;

namespace PartnershipHub.Students.Domain;

/// <summary>The five need categories research on level-2 programmes asks an intake to cover.</summary>
public sealed record NeedsProfile(
    NeedAssessment Pedagogical,
    NeedAssessment Didactic,
    NeedAssessment FutureWishes,
    NeedAssessment Structure,
    NeedAssessment PrivateCircumstances)
{
    public static NeedsProfile NoneYet { get; } = new(
        new(NeedLevel.None, null), new(NeedLevel.None, null), new(NeedLevel.None, null), new(NeedLevel.None, null), new(NeedLevel.None, null));

    /// <summary>The levels only: what other services may know.</summary>
    public NeedsSummary ToSummary() => new(Pedagogical.Level, Didactic.Level, FutureWishes.Level, Structure.Level, PrivateCircumstances.Level);
}
