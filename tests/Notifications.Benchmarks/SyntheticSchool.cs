using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Benchmarks;

/// <summary>
/// A college's copies as the consumers would have left them: staff, trainers, students with placements, rhythms, last
/// contacts and hours, a period about to start, and the items events opened (hours to approve, signals), part of them
/// past due. Fixed seed, so runs compare.
/// </summary>
internal static class SyntheticSchool
{
    public static async Task<Guid> SeedAsync(NotificationsDbContext db, DateTimeOffset now, int students, int trainers)
    {
        var random = new Random(22);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var mentors = Enumerable.Range(0, Math.Max(10, students / 25)).Select(_ => Guid.NewGuid()).ToList();
        var teachers = Enumerable.Range(0, Math.Max(5, students / 200)).Select(_ => Guid.NewGuid()).ToList();
        var coordinators = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();
        db.Staff.AddRange(mentors.Select(id => Staff(id, "mentor")).Concat(teachers.Select(id => Staff(id, "teacher"))).Concat(coordinators.Select(id => Staff(id, "coordinator"))));

        var companies = Enumerable.Range(0, trainers * 3 / 4).Select(_ => Guid.NewGuid()).ToList();
        var trainerRows = Enumerable.Range(0, trainers).Select(i => new TrainerCopy
        {
            Id = Guid.NewGuid(), CompanyId = companies[i % companies.Count], Name = $"Trainer {i}", Email = $"trainer{i}@company.example",
            Active = random.NextDouble() > 0.03, Version = 1,
        }).ToList();
        db.Trainers.AddRange(trainerRows);

        var crebos = Enumerable.Range(25100, 20).Select(c => c.ToString()).ToList();
        var coming = new PeriodCopy { Id = Guid.NewGuid(), Name = "Periode 3", Start = today.AddDays(10), End = today.AddDays(80), Crebos = crebos };
        db.Periods.Add(coming);
        db.Periods.Add(new PeriodCopy { Id = Guid.NewGuid(), Name = "Periode 4", Start = today.AddDays(90), End = today.AddDays(160), Crebos = crebos });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var notifier = new Notifier(db);
        for (var batch = 0; batch < students; batch += 2_000)
        {
            for (var i = batch; i < Math.Min(students, batch + 2_000); i++)
            {
                var studentId = Guid.NewGuid();
                var mentor = mentors[random.Next(mentors.Count)];
                var student = new StudentCopy
                {
                    Id = studentId, StudentNumber = $"S{100000 + i}", FirstName = "Student", LastName = $"{i}", Email = $"s{i}@student.example",
                    MentorStaffId = mentor, Status = StudentStatus.Active, Crebo = crebos[random.Next(crebos.Count)], EnrolmentStart = today.AddYears(-1),
                    Version = 1, RecordVersion = 1, EnrolmentVersion = 1, MentorVersion = 1, StatusVersion = 1,
                };
                db.Students.Add(student);

                var trainer = trainerRows[random.Next(trainerRows.Count)];
                var roll = random.NextDouble();
                PlacementCopy? placement = null;
                if (roll < 0.80)
                {
                    var start = today.AddDays(-7 * random.Next(3, 20));
                    placement = new PlacementCopy
                    {
                        Id = Guid.NewGuid(), StudentId = studentId, CompanyId = trainer.CompanyId, CompanyName = "Leerbedrijf", TrainerId = trainer.Id,
                        TeacherStaffId = random.NextDouble() < 0.7 ? teachers[random.Next(teachers.Count)] : null, PeriodId = Guid.NewGuid(),
                        StartDate = start, StartedOn = start, EndDate = start.AddDays(200), Status = PlacementStatus.Active, MissingSignatures = [], Version = 3,
                        LastContactAt = random.NextDouble() < 0.9 ? now.AddDays(-random.Next(1, 70)) : null,
                        LastHoursLoggedOn = random.NextDouble() < 0.7 ? today.AddDays(-random.Next(1, 4)) : today.AddDays(-random.Next(8, 30)),
                    };
                }
                else if (roll < 0.90)
                {
                    placement = new PlacementCopy
                    {
                        Id = Guid.NewGuid(), StudentId = studentId, CompanyId = trainer.CompanyId, CompanyName = "Leerbedrijf", TrainerId = trainer.Id,
                        PeriodId = coming.Id, StartDate = coming.Start, EndDate = coming.End, Status = PlacementStatus.Proposed, Version = 1,
                    };
                }

                if (placement is not null)
                {
                    db.Placements.Add(placement);
                }

                var lastHeld = now.AddDays(-random.Next(20, 60));
                db.Rhythms.Add(new GuidanceRhythm
                {
                    StudentId = studentId, ReviewEveryWeeks = 8, PlanVersion = 1, LastReviewHeldAt = lastHeld, NextReviewDue = today.AddDays(random.Next(-10, 50)),
                    LastTrainerAssessmentAt = random.NextDouble() < 0.4 ? lastHeld.AddDays(5) : null,
                    LastSelfAssessmentAt = random.NextDouble() < 0.5 ? lastHeld.AddDays(3) : null,
                });

                // What events opened: last week's hours waiting for approval, some of them long overdue; a signal now and then.
                if (placement is { Status: PlacementStatus.Active } && random.NextDouble() < 0.5)
                {
                    var week = DueRules.MondayOf(today).AddDays(-7 * random.Next(1, 4));
                    notifier.AddNew(new WorkItemDraft(
                        NotificationKind.HoursToApprove, RecipientKind.Trainer, trainer.Id, Subjects.HoursToApprove(placement.Id, week),
                        Links.TrainerPlacement(placement.Id), Parameters.About(student, "Leerbedrijf").With(Parameters.WeekStart, Parameters.Iso(week)),
                        HoursRules.ApprovalDue(week), studentId, placement.Id, placement.CompanyId), now.AddDays(-10));
                }

                if (random.NextDouble() < 0.05)
                {
                    var signal = Guid.NewGuid();
                    notifier.AddNew(new WorkItemDraft(
                        NotificationKind.SignalRaised, RecipientKind.Staff, mentor, Subjects.Signal(signal), Links.MentorStudent(studentId),
                        Parameters.About(student).With(Parameters.Rule, "hoursBehindPlan"), now.AddDays(-random.Next(0, 8)), studentId), now.AddDays(-8));
                }
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        return coming.Id;
    }

    private static StaffCopy Staff(Guid id, string role) => new()
    {
        Id = id, UserId = Guid.NewGuid(), DisplayName = $"{role} {id:N}"[..20], Email = $"{id:N}@school.example", Roles = [role], Active = true, Language = "nl", Version = 1,
    };
}
