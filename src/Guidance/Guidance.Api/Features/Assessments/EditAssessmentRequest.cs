using PartnershipHub.Guidance.Domain;
namespace PartnershipHub.Guidance.Features.Assessments;

public sealed record EditAssessmentRequest(IReadOnlyList<CriterionRating>? Ratings, string? OverallComment, IReadOnlyList<FeedForwardStep>? FeedForward);
