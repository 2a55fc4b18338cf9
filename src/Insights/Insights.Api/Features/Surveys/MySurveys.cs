namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>The signed-in person's surveys: open ones first, then the most recent placement first.</summary>
public sealed record MySurveys(IReadOnlyList<SurveyLine> Items);
