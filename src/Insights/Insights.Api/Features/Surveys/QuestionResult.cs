namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>
/// One student question: the company's average (null when suppressed) and the programme's (every company's students in
/// the same programmes, null under the minimum too), both 1–5 rounded to two decimals.
/// </summary>
public sealed record QuestionResult(string Key, double? Average, double? ProgrammeAverage);
