using PartnershipHub.Contracts;

namespace PartnershipHub.Students.Features.Students;

public sealed record EnrolmentResponse(
    Guid Id,
    string Crebo,
    string QualificationName,
    int Level,
    LearningRoute Route,
    DateOnly StartDate,
    DateOnly ExpectedEndDate,
    string? Team,
    DateOnly? EndedOn);
