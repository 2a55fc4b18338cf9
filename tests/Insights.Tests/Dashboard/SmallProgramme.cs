using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Tests.Dashboard;

/// <summary>
/// One programme's small, fully known data set (figures for 2025; tests assert exact numbers from it): seven students
/// (six of cohort "2024-A" enrolled 2024-09-01, one of "2025-B" enrolled 2025-09-01), eight placements started in 2025 at
/// two companies, surveys, signals, assessments, intakes and plan follow-ups. The comments give each expected figure.
/// </summary>
internal sealed class SmallProgramme
{
    public const string OldCohort = "2024-A";
    public const string NewCohort = "2025-B";

    public string Crebo { get; } = Facts.NewCrebo();

    public Guid Mentor { get; } = Guid.CreateVersion7();

    public Guid CompanyA { get; } = Guid.CreateVersion7();

    public Guid CompanyB { get; } = Guid.CreateVersion7();

    public string CompanyAName => $"Alfa Bouw {Crebo}";

    public string CompanyBName => $"Beta Kapsalon {Crebo}";

    public List<StudentFact> Students { get; } = [];

    public static async Task<SmallProgramme> ArrangeAsync(InsightsApiFixture fixture)
    {
        var programme = new SmallProgramme();
        await fixture.InDatabaseAsync(async db =>
        {
            programme.Add(db);
            var rows = await db.SaveChangesAsync();
            // Written like a bulk load (not through the projections): the assessment summaries are built as after one.
            await AssessmentSummaries.BuildAllAsync(db, CancellationToken.None);
            return rows;
        });
        return programme;
    }

    private void Add(InsightsDbContext db)
    {
        db.Companies.Add(new CompanyFact { Id = CompanyA, Name = CompanyAName, Active = true, Version = 1 });
        db.Companies.Add(new CompanyFact { Id = CompanyB, Name = CompanyBName, Active = true, Version = 1 });

        for (var i = 1; i <= 6; i++)
        {
            Students.Add(Facts.Student(Crebo, OldCohort, new DateOnly(2024, 9, 1), Mentor));
        }

        Students.Add(Facts.Student(Crebo, NewCohort, new DateOnly(2025, 9, 1), Mentor));
        var s = Students;

        // Enrolments in 2025: 7 enrolled; S1 left early (month 6, poorFitWithTrade: both rows under 5, suppressed).
        s[0].Status = StudentStatus.LeftEarly;
        s[0].LeftOn = new DateOnly(2025, 3, 15);
        s[0].LeavingReason = LeavingReason.PoorFitWithTrade;
        // Progression (intakes 2024-06-01, S7 2025-06-01): S1–S5 level 3, S6 and S7 work. S2 moved up, S3 graduated.
        s[1].Level = 3;
        s[2].Status = StudentStatus.Graduated;
        s[2].LeftOn = new DateOnly(2025, 7, 1);
        for (var i = 0; i < 7; i++)
        {
            s[i].ProgressionWish = i < 5 ? ProgressionWish.Level3 : ProgressionWish.Work;
            s[i].IntakeDate = i < 6 ? new DateOnly(2024, 6, 1) : new DateOnly(2025, 6, 1);
        }

        db.Students.AddRange(s);
        db.ProgressionFollowUps.Add(new ProgressionFollowUp { StudentId = s[1].Id, HasGoal = true, GoalStatus = "met", PlanVersion = 1 });
        db.ProgressionFollowUps.Add(new ProgressionFollowUp { StudentId = s[2].Id, HasGoal = true, GoalStatus = "open", PlanVersion = 1 });
        db.ProgressionFollowUps.Add(new ProgressionFollowUp { StudentId = s[3].Id, HasGoal = true, GoalStatus = "adjusted", PlanVersion = 1 });
        db.ProgressionFollowUps.Add(new ProgressionFollowUp { StudentId = s[4].Id, HasGoal = false, PlanVersion = 1 });

        // Placements started in 2025: 8. At A, S2–S6 ended early in the first month for the student's conduct (5, month 0).
        for (var i = 1; i <= 5; i++)
        {
            db.Placements.Add(Facts.Placement(s[i], CompanyA, new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 20), PlacementEndReason.StudentConduct));
        }

        // At B: S1 and S2 completed; S7 ended early after 3 months and 5 days (month 3; not in the first three months).
        db.Placements.Add(Facts.Placement(s[0], CompanyB, new DateOnly(2025, 1, 6), new DateOnly(2025, 3, 1)));
        db.Placements.Add(Facts.Placement(s[1], CompanyB, new DateOnly(2025, 6, 1), new DateOnly(2025, 8, 29)));
        db.Placements.Add(Facts.Placement(s[6], CompanyB, new DateOnly(2025, 9, 10), new DateOnly(2025, 12, 15), PlacementEndReason.CompanyCircumstances));
        // Started before the range: not counted in 2025.
        db.Placements.Add(Facts.Placement(s[5], CompanyB, new DateOnly(2024, 10, 1), new DateOnly(2024, 11, 1), PlacementEndReason.Other));

        // Surveys ended in 2025: A five students at 2, B five at 4 (programme 3.0 over 10); not counted: B's trainer survey, an unanswered one.
        for (var i = 0; i < 5; i++)
        {
            db.Surveys.Add(Facts.AnsweredSurvey(s[i + 1], Crebo, CompanyA, new DateOnly(2025, 2, 20), 2));
            db.Surveys.Add(Facts.AnsweredSurvey(s[i], Crebo, CompanyB, new DateOnly(2025, 8, 29), 4));
        }

        db.Surveys.Add(Facts.AnsweredSurvey(s[0], Crebo, CompanyB, new DateOnly(2025, 3, 1), 1, SurveyRespondent.Trainer));
        var unanswered = Facts.AnsweredSurvey(s[6], Crebo, CompanyB, new DateOnly(2025, 12, 15), 1);
        unanswered.AnsweredAt = null;
        unanswered.Scores = null;
        db.Surveys.Add(unanswered);

        // Signals raised in 2025: S1–S6 hoursBehindPlan (first response 2, 2, 2, 4, 4 h, none; S1–S4 resolved), S7 one manual, urgent (10 h).
        double?[] acknowledged = [2, 2, 2, 4, 4, null];
        for (var i = 0; i < 6; i++)
        {
            db.Signals.Add(Facts.Signal(s[i], "hoursBehindPlan", Facts.At(2025, 4, 1), acknowledged[i], i < 4 ? 24 : null));
        }

        db.Signals.Add(Facts.Signal(s[6], "manual", Facts.At(2025, 10, 1), 10, null, urgent: true));
        db.Signals.Add(Facts.Signal(s[0], "manual", Facts.At(2024, 10, 1), 1, 2));

        // Assessments in 2025: S1–S5 by a trainer in Q1 (punctuality 1, initiative 3) and a teacher (punctuality 3, 3, 2, 2, 2;
        // initiative 3): S1 and S2 differ by 2 (a discrepancy). S6 a self-assessment in Q2 (one student: suppressed point).
        for (var i = 0; i < 5; i++)
        {
            db.Assessments.Add(Facts.Assessment(s[i], "trainer", Facts.At(2025, 2, 10), ("punctuality", 1), ("initiative", 3)));
            db.Assessments.Add(Facts.Assessment(s[i], "teacher", Facts.At(2025, 3, 10), ("punctuality", i < 2 ? 3 : 2), ("initiative", 3)));
        }

        db.Assessments.Add(Facts.Assessment(s[5], "self", Facts.At(2025, 5, 1), ("punctuality", 2)));
    }
}
