namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// A company's placements in the range and its students' average survey score (all ten questions; null with
/// <see cref="ScoresSuppressed"/> under <see cref="Privacy.Minimum"/> answers). <see cref="Flags"/>: <c>earlyEndings</c>
/// (two or more ended early within twelve months), <c>lowScores</c> (average under 3.0, or 0.75 or more under the
/// programme's, over five or more answers).
/// </summary>
public sealed record CompanyRow(
    Guid CompanyId,
    string Name,
    int Started,
    int Completed,
    int EndedEarly,
    int EndedEarlyFirstThreeMonths,
    double? AverageScore,
    int Responses,
    bool ScoresSuppressed,
    IReadOnlyList<string> Flags);
