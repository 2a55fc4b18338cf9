using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Features.Progress;

public sealed record EnrolmentSummary(string? Crebo, string? QualificationName, int? Level, LearningRoute? Route, DateOnly? StartDate, DateOnly? ExpectedEndDate);
