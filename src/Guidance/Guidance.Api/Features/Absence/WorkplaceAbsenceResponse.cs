using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Absence;

public sealed record WorkplaceAbsenceResponse(
    Guid AbsenceId,
    Guid StudentId,
    Guid PlacementId,
    DateOnly Date,
    decimal Hours,
    bool Authorised,
    string ReportedBy,
    DateTimeOffset ReportedAt)
{
    public static WorkplaceAbsenceResponse From(WorkplaceAbsence a) =>
        new(a.Id, a.StudentId, a.PlacementId, a.Date, a.Hours, a.Authorised, a.ReportedBy, a.ReportedAt);
}
