using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Messaging.Inbox;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Messaging;

/// <summary>
/// What a fresh start with demo data sends: every kind of event about the same students and companies at once, each
/// on its own queue. Deliveries about one student or company must not collide (two copies of one row, a deadlock), so
/// nothing is logged as an error, and every copy ends at its newest version.
/// </summary>
public sealed class ConcurrentDeliveryTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    [Fact]
    public async Task Events_about_one_student_or_company_arriving_together_apply_once_each_and_log_no_error()
    {
        // The fixture starts its bus on the first publish, which must not happen in parallel.
        await fixture.PublishAsync(new StudentErased(Guid.NewGuid()));
        var log = CapturedLog.AttachTo(fixture.Factory.Services);
        var students = Enumerable.Range(0, 12).Select(_ => (Id: Guid.NewGuid(), Mentor: Guid.NewGuid())).ToList();
        var companies = Enumerable.Range(0, 8).Select(_ => (Id: Guid.NewGuid(), Trainer: Guid.NewGuid(), Period: Guid.NewGuid())).ToList();
        var burst = students.SelectMany(s => StudentEvents(s.Id, s.Mentor))
            .Concat(companies.SelectMany(c => CompanyEvents(c.Id, c.Trainer, c.Period)))
            .OrderBy(_ => Random.Shared.Next())
            .ToList();

        await Task.WhenAll(burst.Select(Publish));
        var ids = burst.Select(e => e.EventId).ToList();
        await Eventually.WaitAsync(
            () => fixture.InDatabaseAsync(db => db.Set<ProcessedMessage>().Where(m => ids.Contains(m.MessageId)).Select(m => m.MessageId).Distinct().CountAsync()),
            n => n == ids.Count, TimeSpan.FromSeconds(90), "every event processed");
        Assert.True(log.Errors.Count == 0, string.Join(Environment.NewLine, log.Errors));

        foreach (var (id, mentor) in students)
        {
            var copy = await fixture.InDatabaseAsync(db => db.Students.AsNoTracking().SingleAsync(s => s.Id == id));
            Assert.Equal(("Latest", 5L), (copy.LastName, copy.BasicVersion));
            Assert.Equal((mentor, 2L), (copy.MentorStaffId, copy.MentorVersion));
            Assert.Equal(("25663", 4L), (copy.Crebo, copy.EnrolmentVersion));
            Assert.Equal((15, 3L), (copy.MaxTravelKm, copy.IntakeVersion));
            Assert.Equal((StudentStatus.Paused, 6L), (copy.Status, copy.StatusVersion));
        }

        foreach (var (id, trainer, period) in companies)
        {
            var copy = await fixture.InDatabaseAsync(db => db.Companies.AsNoTracking().SingleAsync(c => c.Id == id));
            Assert.Equal(("Latest", 2L), (copy.Name, copy.Version));
            var revoked = await fixture.InDatabaseAsync(db => db.Accreditations.AsNoTracking().SingleAsync(a => a.CompanyId == id && a.Crebo == "25662"));
            Assert.Equal((new DateOnly(2026, 11, 1), 5L), (revoked.RevokedOn, revoked.Version));
            Assert.True(await fixture.InDatabaseAsync(db => db.Accreditations.AnyAsync(a => a.CompanyId == id && a.Crebo == "25663" && a.RevokedOn == null)));
            var trainerCopy = await fixture.InDatabaseAsync(db => db.Trainers.AsNoTracking().SingleAsync(t => t.Id == trainer));
            // The deactivation may arrive before the registration: the profile still comes from the registration.
            Assert.Equal(("T", 6L, false, 7L), (trainerCopy.Name, trainerCopy.Version, trainerCopy.Active, trainerCopy.ActiveVersion));
            var capacity = await fixture.InDatabaseAsync(db => db.Capacity.AsNoTracking().SingleAsync(c => c.CompanyId == id && c.PeriodId == period));
            Assert.Equal((3, 9L), (capacity.Places, capacity.Version));
        }
    }

    /// <summary>One student's events, one version each, as Students publishes them.</summary>
    private static IEnumerable<IntegrationEvent> StudentEvents(Guid id, Guid mentor)
    {
        var enrolment = new Enrolment(Guid.NewGuid(), "25662", "Verkoper", 2, LearningRoute.Bol, new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), "Retail");
        yield return new StudentEnrolled(id, "900001", "Sem", "First", new DateOnly(2009, 3, 1), null, "3511 AB", 52.09, 5.12, "2025-VK2", enrolment, Guid.NewGuid(), 1);
        yield return new MentorAssigned(id, mentor, 2);
        yield return new IntakeCompleted(id, new DateOnly(2025, 8, 1), new NeedsSummary(NeedLevel.Some, NeedLevel.None, NeedLevel.None, NeedLevel.Much, NeedLevel.None),
            ProgressionWish.Level3, new InternshipPreferences(["supermarkets"], 15, []), 3);
        yield return new EnrolmentChanged(id, enrolment with { Crebo = "25663" }, 4);
        yield return new StudentUpdated(id, "900001", "Sem", "Latest", new DateOnly(2009, 3, 1), null, "3511 AB", 52.09, 5.12, "2025-VK2", StudentStatus.Active, 5);
        yield return new StudentStatusChanged(id, StudentStatus.Paused, null, new DateOnly(2026, 1, 1), 6);
    }

    /// <summary>One company's events, one version each, as Companies publishes them.</summary>
    private static IEnumerable<IntegrationEvent> CompanyEvents(Guid id, Guid trainer, Guid period)
    {
        CompanyLocation[] locations = [new(Guid.NewGuid(), "Straat 1", "3511 AB", "Utrecht", 52.09, 5.12)];
        yield return new CompanyRegistered(id, "First", "12345678", "Retail", true, locations, [], 1);
        yield return new CompanyUpdated(id, "Latest", "12345678", "Retail", true, locations, ["close-supervision"], 2);
        yield return new AccreditationGranted(id, "25662", [LearningRoute.Bol], new DateOnly(2024, 1, 1), null, 3);
        yield return new AccreditationGranted(id, "25663", [LearningRoute.Bol, LearningRoute.Bbl], new DateOnly(2024, 1, 1), null, 4);
        yield return new AccreditationRevoked(id, "25662", "inspection", new DateOnly(2026, 11, 1), 5);
        yield return new TrainerRegistered(trainer, id, "T", "t@example.test", null, ["25662"], 3, 6);
        yield return new TrainerDeactivated(trainer, id, 7);
        yield return new CapacityPublished(id, period, "P", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31), "25663", 2, 8);
        yield return new CapacityPublished(id, period, "P", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31), "25663", 3, 9);
    }

    /// <summary>Typed publishes (the bus routes by the static type), with the event id as message id.</summary>
    private Task Publish(IntegrationEvent e) => e switch
    {
        StudentEnrolled x => fixture.PublishAsync(x, x.EventId),
        MentorAssigned x => fixture.PublishAsync(x, x.EventId),
        IntakeCompleted x => fixture.PublishAsync(x, x.EventId),
        EnrolmentChanged x => fixture.PublishAsync(x, x.EventId),
        StudentUpdated x => fixture.PublishAsync(x, x.EventId),
        StudentStatusChanged x => fixture.PublishAsync(x, x.EventId),
        CompanyRegistered x => fixture.PublishAsync(x, x.EventId),
        CompanyUpdated x => fixture.PublishAsync(x, x.EventId),
        AccreditationGranted x => fixture.PublishAsync(x, x.EventId),
        AccreditationRevoked x => fixture.PublishAsync(x, x.EventId),
        TrainerRegistered x => fixture.PublishAsync(x, x.EventId),
        TrainerDeactivated x => fixture.PublishAsync(x, x.EventId),
        CapacityPublished x => fixture.PublishAsync(x, x.EventId),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "not published by this test"),
    };
}
