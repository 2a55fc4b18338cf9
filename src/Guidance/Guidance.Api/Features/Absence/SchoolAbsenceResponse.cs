using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Absence;

public sealed record SchoolAbsenceResponse(
    Guid AbsenceId,
    Guid StudentId,
    DateOnly Date,
    AbsencePeriod Period,
    AbsenceSource Source,
    decimal Hours,
    bool Authorised,
    string? ReasonCode,
    string RecordedBy,
    DateTimeOffset RecordedAt)
{
    public static SchoolAbsenceResponse From(SchoolAbsence a) =>
        new(a.Id, a.StudentId, a.Date, a.Period, a.Source, a.Hours, a.Authorised, a.ReasonCode, a.RecordedBy, a.RecordedAt);
}
