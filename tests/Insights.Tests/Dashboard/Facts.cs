using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;

namespace PartnershipHub.Insights.Tests.Dashboard;

/// <summary>Read-model rows as the projections leave them, for arranging the dashboard's data directly.</summary>
internal static class Facts
{
    public static StudentFact Student(string crebo, string cohort, DateOnly enrolled, Guid? mentor = null) => new()
    {
        Id = Guid.CreateVersion7(),
        Crebo = crebo,
        QualificationName = $"Programme {crebo}",
        Level = 2,
        FirstLevel = 2,
        Cohort = cohort,
        EnrolmentStart = enrolled,
        ExpectedEnd = enrolled.AddYears(2),
        Status = StudentStatus.Active,
        MentorStaffId = mentor,
        Version = 1,
    };

    public static PlacementFact Placement(StudentFact student, Guid companyId, DateOnly started, DateOnly? ended = null, PlacementEndReason? earlyReason = null) => new()
    {
        Id = Guid.CreateVersion7(),
        StudentId = student.Id,
        CompanyId = companyId,
        Crebo = student.Crebo,
        PeriodId = Guid.CreateVersion7(),
        StartDate = started,
        EndDate = started.AddMonths(5),
        StartedOn = started,
        Status = ended is null ? PlacementStatus.Active : earlyReason is null ? PlacementStatus.Completed : PlacementStatus.EndedEarly,
        EndedOn = ended,
        EndedEarly = earlyReason is not null,
        EndReason = earlyReason,
        Version = 1,
    };

    public static Survey AnsweredSurvey(StudentFact? student, string crebo, Guid companyId, DateOnly ended, int score, SurveyRespondent respondent = SurveyRespondent.Student) => new()
    {
        Id = Guid.CreateVersion7(),
        PlacementId = Guid.CreateVersion7(),
        StudentId = student?.Id,
        CompanyId = companyId,
        Respondent = respondent,
        Crebo = crebo,
        PeriodId = Guid.CreateVersion7(),
        PlacementEndedOn = ended,
        OpenedAt = new DateTimeOffset(ended.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        ClosesOn = ended.AddDays(42),
        AnsweredAt = new DateTimeOffset(ended.AddDays(3).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        Scores = [.. Enumerable.Repeat(score, 10)],
    };

    public static SignalFact Signal(StudentFact student, string rule, DateTimeOffset raised, double? acknowledgedAfterHours, double? resolvedAfterHours, bool urgent = false) => new()
    {
        Id = Guid.CreateVersion7(),
        StudentId = student.Id,
        Rule = rule,
        Urgent = urgent,
        RaisedAt = raised,
        AcknowledgedAt = acknowledgedAfterHours is { } a ? raised.AddHours(a) : null,
        ResolvedAt = resolvedAfterHours is { } r ? raised.AddHours(r) : null,
    };

    public static AssessmentFact Assessment(StudentFact student, string role, DateTimeOffset submitted, params (string Key, int Level)[] levels)
    {
        var id = Guid.CreateVersion7();
        return new AssessmentFact
        {
            Id = id,
            StudentId = student.Id,
            AssessorRole = role,
            Kind = "formative",
            SubmittedAt = submitted,
            Levels = [.. levels.Select(l => new AssessmentLevelFact
            {
                AssessmentId = id, CriterionKey = l.Key, StudentId = student.Id, Level = l.Level, SubmittedAt = submitted, AssessorRole = role,
            })],
        };
    }

    public static DateTimeOffset At(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    /// <summary>A crebo no other test uses (the fixture's database is shared by a class's tests).</summary>
    public static string NewCrebo() => (900_000 + Interlocked.Increment(ref _next)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int _next = Random.Shared.Next(0, 50_000);
}
