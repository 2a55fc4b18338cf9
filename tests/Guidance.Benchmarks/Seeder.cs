using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Benchmarks;

/// <summary>
/// Writes the benchmark's data directly (students, placements, assessments, plans, reviews, some signals) and, for every
/// student, what the early signals from every side add to the progress view: help requests, a workplace concern, school
/// and workplace absence, a manual signal.
/// </summary>
internal static class Seeder
{
    public const int CaseloadSize = 30;

    private static readonly AssessorRole[] Roles = Enum.GetValues<AssessorRole>();

    public static async Task<(List<Guid> Students, List<Guid> Mentors)> SeedAsync(BenchmarkHost host, int studentCount, int assessmentsPerStudent)
    {
        if (await SeededAsync(host) is { Students.Count: > 0 } seeded)
        {
            // A migration may have cleared the documents; build those that are missing rather than on the first measured read.
            var missing = await host.InDatabaseAsync(db => db.Students.AsNoTracking()
                .Where(s => s.Cohort == "2025-BENCH" && !db.ProgressDocuments.Any(d => d.StudentId == s.Id)).Select(s => s.Id).ToListAsync());
            await BuildDocumentsAsync(host, missing);
            Console.WriteLine($"Reusing {seeded.Students.Count:N0} seeded students ({missing.Count:N0} progress documents rebuilt)");
            return seeded;
        }

        var clock = Stopwatch.StartNew();
        var random = new Random(42);
        var framework = DefaultFramework.Create(DateTimeOffset.UtcNow);
        var mentors = Enumerable.Range(0, (studentCount + CaseloadSize - 1) / CaseloadSize).Select(_ => Guid.NewGuid()).ToList();
        var students = new List<Guid>(studentCount);
        var levels = new[] { AttitudeLevel.NeedsAttention, AttitudeLevel.Developing, AttitudeLevel.Competent, AttitudeLevel.Strong, AttitudeLevel.NotObserved };
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        const int Batch = 250;
        for (var start = 0; start < studentCount; start += Batch)
        {
            await host.InDatabaseAsync(async db =>
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (var n = start; n < Math.Min(studentCount, start + Batch); n++)
                {
                    var id = Guid.NewGuid();
                    students.Add(id);
                    db.Students.Add(new StudentCopy
                    {
                        Id = id, StudentNumber = $"8{n:00000}", FirstName = "Student", LastName = $"B{n:00000}", Cohort = "2025-BENCH", EnrolmentId = Guid.NewGuid(),
                        Crebo = "25258", QualificationName = "Verkoper", Level = 2, Route = LearningRoute.Bol, EnrolmentStart = new DateOnly(2025, 9, 1),
                        ExpectedEnd = new DateOnly(2027, 7, 1), MentorStaffId = mentors[n / CaseloadSize], RecordVersion = 1, EnrolmentVersion = 1, MentorVersion = 1,
                        IntakeVersion = 1, IntakeDate = new DateOnly(2025, 6, 1), Needs = new NeedsSummary(NeedLevel.Some, NeedLevel.None, NeedLevel.Much, NeedLevel.Some, NeedLevel.None),
                        ProgressionWish = ProgressionWish.Level3,
                    });
                    var placementId = Guid.NewGuid();
                    var placement = new PlacementCopy
                    {
                        Id = placementId, StudentId = id, CompanyId = Guid.NewGuid(), CompanyName = $"Bedrijf {n % 400}", Crebo = "25258",
                        StartDate = today.AddDays(-60), EndDate = today.AddDays(80), PlannedHours = 400, Status = PlacementStatus.Active, Version = 3,
                    };
                    db.Placements.Add(placement);
                    for (var w = 0; w < 8; w++)
                    {
                        db.ApprovedWeeks.Add(new ApprovedWeek { PlacementId = placementId, StudentId = id, WeekStart = today.AddDays(-60 + 7 * w), Hours = 20 + random.Next(12), PlannedHours = 20 });
                    }

                    for (var a = 0; a < 3; a++)
                    {
                        db.Assignments.Add(new AssignmentCopy
                        {
                            Id = Guid.NewGuid(), PlacementId = placementId, StudentId = id, CompanyId = Guid.NewGuid(), Title = $"Opdracht {a + 1}",
                            CriterionKeys = ["initiative", "communication"], Status = (AssignmentStatus)random.Next(0, 8), Version = 2,
                        });
                    }

                    var at = DateTimeOffset.UtcNow.AddDays(-200);
                    for (var a = 0; a < assessmentsPerStudent; a++)
                    {
                        var role = Roles[a % Roles.Length];
                        var assessment = Assessment.Start(Guid.CreateVersion7(), id, framework, $"assessor-{role}", null, role, role == AssessorRole.Trainer ? placementId : null, AssessmentKind.Formative, null, at);
                        assessment.Edit(framework, [.. DefaultFramework.Criteria.Select(c =>
                        {
                            var level = levels[random.Next(levels.Length)];
                            return new CriterionRating(c.Key, level, level == AttitudeLevel.NeedsAttention ? "Waargenomen tijdens de week" : null);
                        })], "Algemene opmerking", [new FeedForwardStep("Volgende stap", false)]);
                        assessment.Submit(framework, at);
                        db.Assessments.Add(assessment);
                        at = at.AddDays(9);
                    }

                    var plan = IndividualPlan.StartFor(id);
                    db.PlanRevisions.Add(plan.Replace("Aanpak", [new PlanGoal(Guid.NewGuid(), "Op tijd komen", "punctuality", null, true, GoalStatus.Open, null)], [], 6, "bench", "created", DateTimeOffset.UtcNow));
                    db.Plans.Add(plan);
                    if (n % 3 != 0)
                    {
                        db.Reviews.Add(Review.Schedule(Guid.NewGuid(), id, DateTimeOffset.UtcNow.AddDays(random.Next(-20, 40)), ["student", "mentor"], "bench"));
                    }

                    if (n % 4 == 0)
                    {
                        db.Signals.Add(new Signal
                        {
                            Id = Guid.NewGuid(), StudentId = id, Rule = SignalRule.PlacementAtRisk, Subject = "bench", Status = SignalStatus.Open,
                            Evidence = "bench", Link = "/bench", RaisedAt = DateTimeOffset.UtcNow,
                        });
                    }

                    AddEarlySignalItems(db, random, id, placement, mentors[n / CaseloadSize], today);
                }

                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                return 0;
            });
        }

        Console.WriteLine($"Seeded {studentCount:N0} students × {assessmentsPerStudent} assessments ({studentCount * assessmentsPerStudent:N0}), each with 2 help requests, 1 workplace concern, 20 school and 2 workplace absence days and 1 manual signal, in {clock.Elapsed.TotalSeconds:F0} s");

        // The service keeps one progress document per student up to date on every change; bulk-seeded data needs them built once.
        clock.Restart();
        await BuildDocumentsAsync(host, students);
        Console.WriteLine($"Built {studentCount:N0} progress documents in {clock.Elapsed.TotalSeconds:F0} s");
        var documentBytes = await host.InDatabaseAsync(db => db.Database.SqlQuery<decimal>($"SELECT coalesce(avg(octet_length(document::text)), 0) AS \"Value\" FROM progress_documents").SingleAsync());
        Console.WriteLine($"Progress documents: {documentBytes:N0} bytes on average");
        return (students, mentors);
    }

    /// <summary>
    /// Per student: two help requests (one private and open, one answered), an answered workplace concern, the last four
    /// weeks' school days absent (every third authorised), two workplace absence days and a manual signal.
    /// </summary>
    private static void AddEarlySignalItems(GuidanceDbContext db, Random random, Guid studentId, PlacementCopy placement, Guid mentor, DateOnly today)
    {
        var now = DateTimeOffset.UtcNow;
        var by = mentor.ToString();
        db.HelpRequests.Add(HelpRequest.Ask(Guid.CreateVersion7(), studentId, mentor, HelpRequestTopic.Personal, HelpRequestKind.Conversation,
            "Ik wil graag praten over thuis.", isPrivate: true, now.AddDays(-3)));
        var answered = HelpRequest.Ask(Guid.CreateVersion7(), studentId, mentor, HelpRequestTopic.SchoolWork, HelpRequestKind.Question,
            "Wanneer moet het verslag ingeleverd worden?", isPrivate: false, now.AddDays(-12));
        answered.AnswerWith("Vrijdag over twee weken, via de studieplanner.", by, now.AddDays(-11));
        db.HelpRequests.Add(answered);

        var concern = WorkplaceConcern.Raise(Guid.CreateVersion7(), placement, WorkplaceConcernKind.Lateness, WorkplaceConcernUrgency.Normal,
            "Komt de laatste weken vaak te laat.", "trainer-bench", "Trainer Bench", now.AddDays(-9));
        concern.AnswerWith("Besproken met de student; we houden het in de gaten.", by, now.AddDays(-8));
        db.WorkplaceConcerns.Add(concern);

        // The school days (Monday to Friday) of the last four weeks: twenty of them.
        var day = 0;
        for (var date = today.AddDays(-28); date < today; date = date.AddDays(1))
        {
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var authorised = day++ % 3 == 0;
            db.SchoolAbsences.Add(SchoolAbsence.ByMentor(studentId, date, 1 + random.Next(6), authorised, authorised ? "ZK" : null, by, now));
        }

        db.WorkplaceAbsences.Add(WorkplaceAbsence.Report(placement, today.AddDays(-15), 8, authorised: true, "trainer-bench", now));
        db.WorkplaceAbsences.Add(WorkplaceAbsence.Report(placement, today.AddDays(-8), 4, authorised: false, "trainer-bench", now));

        db.Signals.Add(new Signal
        {
            Id = Guid.CreateVersion7(), StudentId = studentId, Rule = SignalRule.Manual, Subject = $"manual:{Guid.CreateVersion7()}", Status = SignalStatus.Open,
            Evidence = "Maakt een gespannen indruk in de les.", EvidenceEnglish = "Maakt een gespannen indruk in de les.", RaisedBy = by,
            Link = $"/api/students/{studentId}/signals", RaisedAt = now.AddDays(-2),
        });
    }

    private static async Task BuildDocumentsAsync(BenchmarkHost host, List<Guid> students)
    {
        var queue = new System.Collections.Concurrent.ConcurrentQueue<Guid>(students);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var id))
            {
                await host.InScopeAsync(provider => provider.GetRequiredService<ProgressProjector>().RefreshAsync(id, CancellationToken.None));
            }
        })));
        await host.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE"));
    }

    /// <summary>A kept database's students in seeding order (student numbers 8nnnnn) and their mentors, caseload by caseload.</summary>
    private static async Task<(List<Guid> Students, List<Guid> Mentors)> SeededAsync(BenchmarkHost host)
    {
        var rows = await host.InDatabaseAsync(db => db.Students.AsNoTracking()
            .Where(s => s.Cohort == "2025-BENCH")
            .OrderBy(s => s.StudentNumber)
            .Select(s => new { s.Id, Mentor = s.MentorStaffId!.Value })
            .ToListAsync());
        return ([.. rows.Select(r => r.Id)], [.. rows.Select(r => r.Mentor).Distinct()]);
    }
}
