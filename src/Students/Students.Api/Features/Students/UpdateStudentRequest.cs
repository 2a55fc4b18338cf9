namespace PartnershipHub.Students.Features.Students;

/// <summary>The student's personal details; programme, mentor, status and intake have endpoints of their own.</summary>
public sealed record UpdateStudentRequest(
    string? StudentNumber,
    string? FirstName,
    string? LastName,
    DateOnly? DateOfBirth,
    string? Email,
    string? Phone,
    string? HomePostcode,
    string? Cohort);
