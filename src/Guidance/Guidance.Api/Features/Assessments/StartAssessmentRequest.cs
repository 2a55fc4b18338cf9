using PartnershipHub.Guidance.Domain;
namespace PartnershipHub.Guidance.Features.Assessments;

/// <summary>
/// Starts a draft. <see cref="FrameworkId"/> defaults to the current framework for the student's qualification;
/// <see cref="PlacementId"/> is the workplace context (required for trainers); <see cref="Supersedes"/> makes it a
/// correction of a submitted assessment by the same assessor (on the same framework version).
/// </summary>
public sealed record StartAssessmentRequest(
    AssessorRole Role,
    AssessmentKind Kind,
    Guid? FrameworkId,
    Guid? PlacementId,
    Guid? Supersedes,
    IReadOnlyList<CriterionRating>? Ratings,
    string? OverallComment,
    IReadOnlyList<FeedForwardStep>? FeedForward);
