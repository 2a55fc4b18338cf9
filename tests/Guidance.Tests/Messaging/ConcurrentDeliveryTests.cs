using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.Messaging.Inbox;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Messaging;

/// <summary>
/// What a fresh start with demo data sends: every kind of event about the same students at once, on their own queues.
/// Deliveries about one student must not collide (two copies of one row, a deadlock), so nothing is logged as an error,
/// and every copy ends at its newest version.
/// </summary>
public sealed class ConcurrentDeliveryTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>, IAsyncLifetime
{
    private TestPublisher _publisher = null!;

    public async Task InitializeAsync() => _publisher = await TestPublisher.StartAsync(fixture.Broker.ConnectionString);

    public async Task DisposeAsync() => await _publisher.DisposeAsync();

    [Fact]
    public async Task Events_about_one_student_arriving_together_apply_once_each_and_log_no_error()
    {
        var log = CapturedLog.AttachTo(fixture.Factory.Services);
        var students = Enumerable.Range(0, 12).Select(_ => new Story()).ToList();
        var burst = students.SelectMany(Publishes).OrderBy(_ => Random.Shared.Next()).ToList();

        await Task.WhenAll(burst.Select(b => b.Publish()));
        var ids = burst.Select(b => b.Event.EventId).ToList();
        await Eventually.WaitAsync(
            () => fixture.InDatabaseAsync(db => db.Set<ProcessedMessage>().Where(m => ids.Contains(m.MessageId)).Select(m => m.MessageId).Distinct().CountAsync()),
            n => n == ids.Count, TimeSpan.FromSeconds(90), "every event processed");
        Assert.True(log.Errors.Count == 0, string.Join(Environment.NewLine, log.Errors));

        foreach (var story in students)
        {
            var copy = await fixture.InDatabaseAsync(db => db.Students.AsNoTracking().SingleAsync(s => s.Id == story.StudentId));
            Assert.Equal(("Latest", 5L), (copy.LastName, copy.RecordVersion));
            Assert.Equal((story.NewMentor, 2L), (copy.MentorStaffId, copy.MentorVersion));
            Assert.Equal(("25259", 4L), (copy.Crebo, copy.EnrolmentVersion));
            Assert.Equal(3, copy.IntakeVersion);
            Assert.Equal(StudentStatus.Paused, copy.Status);

            var placement = await fixture.InDatabaseAsync(db => db.Placements.AsNoTracking().SingleAsync(p => p.Id == story.PlacementId));
            Assert.Equal((4L, PlacementStatus.Active), (placement.Version, placement.Status));
            var assignment = await fixture.InDatabaseAsync(db => db.Assignments.AsNoTracking().SingleAsync(a => a.Id == story.AssignmentId));
            Assert.Equal((3L, AssignmentStatus.SignedOff), (assignment.Version, assignment.Status));
            Assert.NotNull(assignment.SignedOffAt);
            Assert.Equal(2, await fixture.InDatabaseAsync(db => db.ApprovedWeeks.CountAsync(w => w.PlacementId == story.PlacementId)));
            Assert.Equal(1, await fixture.InDatabaseAsync(db => db.Contacts.CountAsync(c => c.PlacementId == story.PlacementId)));
            Assert.True(await fixture.InDatabaseAsync(db => db.ProgressDocuments.AnyAsync(d => d.StudentId == story.StudentId)));
        }
    }

    /// <summary>One student's events, each version once, as Students and Internships would publish them.</summary>
    private IEnumerable<(IntegrationEvent Event, Func<Task> Publish)> Publishes(Story s)
    {
        var enrolment = new Enrolment(Guid.NewGuid(), "25258", "Verkoper", 2, LearningRoute.Bol, new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), "Retail");
        var company = Guid.NewGuid();
        PlacementSnapshot Placement(PlacementStatus status, params PlacementRisk[] risks) =>
            TestData.Snapshot(s.PlacementId, s.StudentId, company, status) with { Risks = risks };
        AssignmentSnapshot Assignment(AssignmentStatus status) =>
            new(s.AssignmentId, s.PlacementId, s.StudentId, company, "Klant helpen", ["initiative"], new DateOnly(2026, 10, 1), status);

        IntegrationEvent[] events =
        [
            new StudentEnrolled(s.StudentId, "900123", "Sanne", "First", new DateOnly(2009, 3, 14), null, null, null, null, "2025-VK2", enrolment, Guid.NewGuid(), 1),
            new MentorAssigned(s.StudentId, s.NewMentor, 2),
            new IntakeCompleted(s.StudentId, new DateOnly(2025, 6, 12), new NeedsSummary(NeedLevel.Some, NeedLevel.None, NeedLevel.None, NeedLevel.Much, NeedLevel.None),
                ProgressionWish.Level3, new InternshipPreferences([], null, []), 3),
            new EnrolmentChanged(s.StudentId, enrolment with { Crebo = "25259" }, 4),
            new StudentUpdated(s.StudentId, "900123", "Sanne", "Latest", new DateOnly(2009, 3, 14), null, null, null, null, "2025-VK2", StudentStatus.Active, 5),
            new StudentStatusChanged(s.StudentId, StudentStatus.Paused, null, new DateOnly(2026, 1, 1), 6),
            new PlacementProposed(Placement(PlacementStatus.Proposed), 1),
            new PlacementAgreementSigned(Placement(PlacementStatus.AgreementSigned), DateTimeOffset.UtcNow, 2),
            new PlacementStarted(Placement(PlacementStatus.Active), new DateOnly(2026, 9, 1), 3),
            new PlacementAtRisk(Placement(PlacementStatus.Active, PlacementRisk.NoRecentContact), PlacementRisk.NoRecentContact, "Geen contact", 4),
            new AssignmentAgreed(Assignment(AssignmentStatus.Agreed), Guid.NewGuid(), 1),
            new AssignmentSubmitted(Assignment(AssignmentStatus.Submitted), DateTimeOffset.UtcNow, 2),
            new AssignmentSignedOff(Assignment(AssignmentStatus.SignedOff), Guid.NewGuid(), "Goed gedaan", DateTimeOffset.UtcNow, 3),
            new HoursApproved(s.PlacementId, s.StudentId, company, new DateOnly(2026, 9, 7), 32, 32),
            new HoursApproved(s.PlacementId, s.StudentId, company, new DateOnly(2026, 9, 14), 30, 32),
            new ContactLogged(Guid.NewGuid(), s.PlacementId, s.StudentId, company, ContactKind.Visit, DateTimeOffset.UtcNow, true, "Bezoek", null),
        ];
        return events.Select(e => (e, (Func<Task>)(() => Publish(e))));
    }

    /// <summary>Typed publishes: the bus routes by the static type, so each event is published as its own type.</summary>
    private Task Publish(IntegrationEvent e) => e switch
    {
        StudentEnrolled x => _publisher.PublishAsync(x),
        MentorAssigned x => _publisher.PublishAsync(x),
        IntakeCompleted x => _publisher.PublishAsync(x),
        EnrolmentChanged x => _publisher.PublishAsync(x),
        StudentUpdated x => _publisher.PublishAsync(x),
        StudentStatusChanged x => _publisher.PublishAsync(x),
        PlacementProposed x => _publisher.PublishAsync(x),
        PlacementAgreementSigned x => _publisher.PublishAsync(x),
        PlacementStarted x => _publisher.PublishAsync(x),
        PlacementAtRisk x => _publisher.PublishAsync(x),
        AssignmentAgreed x => _publisher.PublishAsync(x),
        AssignmentSubmitted x => _publisher.PublishAsync(x),
        AssignmentSignedOff x => _publisher.PublishAsync(x),
        HoursApproved x => _publisher.PublishAsync(x),
        ContactLogged x => _publisher.PublishAsync(x),
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "not published by this test"),
    };

    private sealed class Story
    {
        public Guid StudentId { get; } = Guid.NewGuid();

        public Guid NewMentor { get; } = Guid.NewGuid();

        public Guid PlacementId { get; } = Guid.NewGuid();

        public Guid AssignmentId { get; } = Guid.NewGuid();
    }
}
