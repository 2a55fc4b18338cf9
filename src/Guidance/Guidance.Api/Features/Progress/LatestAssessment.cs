using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>The newest counting assessment of one role; <see cref="SupersedesId"/> names the assessment it corrects.</summary>
public sealed record LatestAssessment(
    AssessorRole Role,
    Guid AssessmentId,
    DateTimeOffset SubmittedAt,
    string Context,
    Guid? PlacementId,
    AssessmentKind Kind,
    int FrameworkVersion,
    IReadOnlyDictionary<string, AttitudeLevel> Levels,
    Guid? SupersedesId = null);
