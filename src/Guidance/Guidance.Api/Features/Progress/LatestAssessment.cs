using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.Frameworks;

namespace PartnershipHub.Guidance.Features.Progress;

public sealed record LatestAssessment(
    AssessorRole Role,
    Guid AssessmentId,
    DateTimeOffset SubmittedAt,
    string Context,
    Guid? PlacementId,
    AssessmentKind Kind,
    int FrameworkVersion,
    IReadOnlyDictionary<string, AttitudeLevel> Levels);
