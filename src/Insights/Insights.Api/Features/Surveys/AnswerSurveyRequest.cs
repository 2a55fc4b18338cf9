namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>An answer: a score of 1–5 for every question of the survey (by key) and, if the person wants, a comment.</summary>
public sealed record AnswerSurveyRequest(IReadOnlyDictionary<string, int>? Scores, string? Comment);
