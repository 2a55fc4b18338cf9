using PartnershipHub.Contracts;

namespace PartnershipHub.Students.Features.Lifecycle;

public sealed record EnrolmentRequest(
    string? Crebo,
    string? QualificationName,
    int? Level,
    LearningRoute? Route,
    DateOnly? StartDate,
    DateOnly? ExpectedEndDate,
    string? Team);
