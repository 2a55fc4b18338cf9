using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Features.Surveys;

namespace PartnershipHub.Insights.Features.PersonalData;

/// <summary>One of the student's own surveys: for which placement and company, when it opened and closes, and what they answered (scores by question key, comment).</summary>
public sealed record SurveyExport(
    Guid SurveyId,
    Guid PlacementId,
    Guid CompanyId,
    string CompanyName,
    string Crebo,
    DateOnly PlacementEndedOn,
    DateTimeOffset OpenedAt,
    DateOnly ClosesOn,
    DateTimeOffset? AnsweredAt,
    IReadOnlyDictionary<string, int>? Scores,
    string? Comment)
{
    public static SurveyExport From(Survey s, string companyName) =>
        new(s.Id, s.PlacementId, s.CompanyId, companyName, s.Crebo, s.PlacementEndedOn, s.OpenedAt, s.ClosesOn, s.AnsweredAt,
            SurveyView.ScoresByKey(SurveyQuestions.For(s.Respondent), s.Scores), s.Comment);
}
