using PartnershipHub.Contracts;

namespace PartnershipHub.Students.Features.Students;

public sealed record StudentSummary(
    Guid Id,
    string StudentNumber,
    string FirstName,
    string LastName,
    string Cohort,
    StudentStatus Status,
    string? Crebo,
    string? QualificationName,
    int? Level,
    Guid? MentorStaffId,
    bool IntakeComplete,
    bool MentorActive);
