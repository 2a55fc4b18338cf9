using PartnershipHub.Students.Features.Lifecycle;

namespace PartnershipHub.Students.Features.Students;

public sealed record CreateStudentRequest(
    string? StudentNumber,
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    string? Email,
    string? Phone,
    string? HomePostcode,
    string? Cohort,
    EnrolmentRequest? Enrolment,
    Guid? MentorStaffId);
