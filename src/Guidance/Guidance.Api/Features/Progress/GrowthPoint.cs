using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.Frameworks;

namespace PartnershipHub.Guidance.Features.Progress;

public sealed record GrowthPoint(DateTimeOffset At, AssessorRole Role, AttitudeLevel Level, Guid AssessmentId);
