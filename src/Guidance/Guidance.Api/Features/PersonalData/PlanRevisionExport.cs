using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.PersonalData;

/// <summary>The plan as it stood after one change, with who changed it and why.</summary>
public sealed record PlanRevisionExport(
    int Revision,
    string Reason,
    string ChangedBy,
    DateTimeOffset ChangedAt,
    string? Approach,
    IReadOnlyList<PlanGoal> Goals,
    IReadOnlyList<PlanAgreement> Agreements,
    int ReviewEveryWeeks)
{
    public static PlanRevisionExport From(PlanRevision r) =>
        new(r.Revision, r.Reason, r.ChangedBy, r.ChangedAt, r.Approach, r.Goals, r.Agreements, r.ReviewEveryWeeks);
}
