namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>A student's open answer, with only the period's name and the month the placement ended (<c>2026-06</c>).</summary>
public sealed record SurveyComment(string Text, string PeriodName, string Month);
