using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Progress;

public sealed record GrowthPoint(DateTimeOffset At, AssessorRole Role, AttitudeLevel Level, Guid AssessmentId);
