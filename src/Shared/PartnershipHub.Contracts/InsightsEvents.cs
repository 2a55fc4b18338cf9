namespace PartnershipHub.Contracts;

// Published by the Insights service. Never the answers themselves: those stay in Insights.

/// <summary>
/// A placement ended, so its end-of-placement survey opened for one respondent: <c>student</c> or <c>trainer</c>
/// (<see cref="TrainerId"/> is then the placement's trainer). It can be answered once, until <see cref="ClosesOn"/>.
/// The portal's page is <c>/enquete/{SurveyId}</c>.
/// </summary>
public sealed record PlacementSurveyOpened(
    Guid SurveyId,
    Guid PlacementId,
    Guid StudentId,
    Guid CompanyId,
    Guid? TrainerId,
    string Respondent,
    DateOnly ClosesOn,
    DateTimeOffset OpenedAt) : IntegrationEvent;

/// <summary>The respondent answered the survey (what they answered stays in Insights).</summary>
public sealed record PlacementSurveyAnswered(
    Guid SurveyId,
    Guid PlacementId,
    Guid StudentId,
    Guid CompanyId,
    Guid? TrainerId,
    string Respondent,
    DateTimeOffset AnsweredAt) : IntegrationEvent;
