namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>One of my surveys in a list: which placement, whether I can still answer it (<see cref="Open"/>).</summary>
public sealed record SurveyLine(
    Guid SurveyId,
    Guid PlacementId,
    string CompanyName,
    string Respondent,
    DateOnly PlacementEndedOn,
    DateOnly ClosesOn,
    DateTimeOffset? AnsweredAt,
    bool Open);
