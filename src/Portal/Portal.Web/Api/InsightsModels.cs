namespace PartnershipHub.Portal.Api;

// The Insights service's answers (docs/insights-service.md). A section over fewer than Minimum students answers
// Suppressed with no figures, so every figure below is nullable: the pages say why instead of showing a number.

public sealed record InsightsFilters(List<InsightsProgramme> Programmes, List<string> Cohorts, List<InsightsPeriod> Periods);

public sealed record InsightsProgramme(string Crebo, string Name, int? Level);

public sealed record InsightsPeriod(Guid Id, string Name, DateOnly Start, DateOnly End);

public sealed record EarlyLeavingReport(bool Suppressed, int Minimum, int? Students, PlacementLeaving? Placements, EnrolmentLeaving? Enrolments);

public sealed record PlacementLeaving(int Started, int EndedEarly, List<MonthCount> ByMonth, List<ReasonCount> ByReason);

public sealed record EnrolmentLeaving(int Enrolled, int LeftEarly, List<MonthCount> ByMonth, List<ReasonCount> ByReason);

/// <summary>Month 0 is the first month after the start; a null count is a row under the minimum.</summary>
public sealed record MonthCount(int Month, int? Count);

public sealed record ReasonCount(string Reason, int? Count);

/// <summary>Suppressed when the companies' placements concern fewer than Minimum students: no rows then.</summary>
public sealed record CompanyPage(bool Suppressed, int Minimum, int Total, int Page, int PageSize, double? ProgrammeAverage, int ProgrammeResponses, List<CompanyLine> Items);

/// <summary>One company's placements; <see cref="Flags"/>: <c>earlyEndings</c>, <c>lowScores</c>.</summary>
public sealed record CompanyLine(
    Guid CompanyId,
    string Name,
    int Started,
    int Completed,
    int EndedEarly,
    int EndedEarlyFirstThreeMonths,
    double? AverageScore,
    int Responses,
    bool ScoresSuppressed,
    List<string> Flags);

public sealed record SignalsReport(
    bool Suppressed,
    int Minimum,
    int? Students,
    int? Total,
    double? ResolvedShare,
    double? MedianHoursToFirstResponse,
    List<RuleFigures>? ByRule);

public sealed record RuleFigures(string Rule, int? Count, int? Urgent, double? ResolvedShare, double? MedianHoursToFirstResponse);

public sealed record AssessmentsReport(
    bool Suppressed,
    int Minimum,
    int? StudentsAssessed,
    int? StudentsWithDiscrepancy,
    double? DiscrepancyShare,
    List<CriterionTrend>? Criteria);

public sealed record CriterionTrend(string CriterionKey, List<QuarterPoint> Points);

/// <summary>Attitude levels 1–4 averaged over a quarter ("2026-Q1"); school = teacher and mentor, workplace = trainer.</summary>
public sealed record QuarterPoint(string Quarter, double? AverageLevel, int? Assessments, double? School, double? Workplace);

public sealed record ProgressionReport(bool Suppressed, int Minimum, int? StudentsWithIntake, List<WishFigures>? Wishes);

public sealed record WishFigures(string Wish, int? Students, int? FollowedUp, int? GoalMet, WishOutcomes? Outcomes);

public sealed record WishOutcomes(int? StillEnrolled, int? Graduated, int? MovedUp, int? LeftEarly);

public sealed record MySurveys(List<MySurvey> Items);

/// <summary>A survey addressed to me; <see cref="Respondent"/> is <c>student</c> or <c>trainer</c>.</summary>
public sealed record MySurvey(
    Guid SurveyId,
    Guid PlacementId,
    string? CompanyName,
    string Respondent,
    DateOnly PlacementEndedOn,
    DateOnly ClosesOn,
    DateTimeOffset? AnsweredAt,
    bool Open);

/// <summary>One survey with its question keys in order; <see cref="Scores"/> only once I answered it.</summary>
public sealed record SurveyView(
    Guid SurveyId,
    string Respondent,
    string? CompanyName,
    DateOnly PlacementEndedOn,
    DateOnly ClosesOn,
    DateTimeOffset? AnsweredAt,
    bool Open,
    List<string> Questions,
    Dictionary<string, int>? Scores,
    string? Comment);

public sealed record SurveyAnswersRequest(Dictionary<string, int> Scores, string? Comment);

/// <summary>What the company's students said, without names; nothing but counts when fewer than Minimum answered.</summary>
public sealed record CompanySurveyResults(
    Guid CompanyId,
    string CompanyName,
    int Responses,
    bool Suppressed,
    int Minimum,
    List<QuestionAverage>? Questions,
    int TrainerResponses,
    List<SurveyComment>? Comments);

public sealed record QuestionAverage(string Key, double? Average, double? ProgrammeAverage);

/// <summary>An anonymous answer to the open question; <see cref="Month"/> as "2026-06".</summary>
public sealed record SurveyComment(string Text, string? PeriodName, string Month);
