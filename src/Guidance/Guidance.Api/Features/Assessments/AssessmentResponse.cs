using PartnershipHub.Guidance.Domain;
namespace PartnershipHub.Guidance.Features.Assessments;

public sealed record AssessmentResponse(
    Guid AssessmentId,
    Guid StudentId,
    Guid FrameworkId,
    string FrameworkKey,
    int FrameworkVersion,
    string AssessorId,
    string? AssessorName,
    AssessorRole Role,
    string Context,
    Guid? PlacementId,
    AssessmentKind Kind,
    AssessmentStatus Status,
    IReadOnlyList<CriterionRating> Ratings,
    string? OverallComment,
    IReadOnlyList<FeedForwardStep> FeedForward,
    Guid? SupersedesId,
    Guid? SupersededById,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt)
{
    /// <summary>
    /// Whether the caller wrote this assessment: a form reopens only the caller's own draft, never another assessor's in
    /// the same role (a previous mentor's), which the caller may read but not change.
    /// </summary>
    public bool Mine { get; init; }

    /// <param name="supersededById">The submitted correction of <paramref name="a"/>, if any: read from the correction, never stored on <paramref name="a"/>.</param>
    /// <param name="callerId">The caller's assessor id (<c>CallerId()</c>), for <see cref="Mine"/>.</param>
    public static AssessmentResponse From(Assessment a, string callerId, Guid? supersededById = null) => new(
        a.Id, a.StudentId, a.FrameworkId, a.FrameworkKey, a.FrameworkVersion, a.AssessorId, a.AssessorName, a.Role,
        a.PlacementId is null ? "school" : "placement", a.PlacementId, a.Kind, a.Status, a.Ratings, a.OverallComment, a.FeedForward,
        a.SupersedesId, supersededById, a.CreatedAt, a.SubmittedAt)
    {
        Mine = a.AssessorId == callerId,
    };
}
