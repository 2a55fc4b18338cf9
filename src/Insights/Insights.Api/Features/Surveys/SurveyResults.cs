namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>
/// A company's survey results over the placements that ended in the range: how many students answered
/// (<see cref="Responses"/>), the average per question beside the programme's, how many trainers answered, and the
/// students' comments without names. Under <see cref="Minimum"/> responses the result is <see cref="Suppressed"/>: no
/// averages and no comments, only the counts.
/// </summary>
public sealed record SurveyResults(
    Guid CompanyId,
    string CompanyName,
    int Responses,
    bool Suppressed,
    int Minimum,
    IReadOnlyList<QuestionResult> Questions,
    int TrainerResponses,
    IReadOnlyList<SurveyComment> Comments);
