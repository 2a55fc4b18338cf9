using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Scheduling;
using PartnershipHub.Testing;

namespace PartnershipHub.Notifications.Tests.Rules;

/// <summary>
/// Publishes other services' events onto the fixture's virtual host, waits until the inbox has processed each, runs
/// the scheduled jobs at a chosen time and reads what the rules made. Every scenario uses fresh ids, so tests of one
/// class share the database without seeing each other's people.
/// </summary>
public sealed class RulesScenario(NotificationsApiFixture fixture, TestPublisher publisher)
{
    /// <summary>A Monday morning in term; event times and job runs are counted from here.</summary>
    public static readonly DateTimeOffset Monday = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly MondayDate = new(2027, 3, 1);

    private long _version;

    public NotificationsApiFixture Fixture => fixture;

    public long NextVersion() => Interlocked.Increment(ref _version) + 100;

    /// <summary>Publishes the event and waits until the service has processed it (its inbox holds the message id).</summary>
    public async Task PublishAsync<T>(T message) where T : IntegrationEvent
    {
        await publisher.PublishAsync(message);
        await WaitProcessedAsync(message.EventId);
    }

    /// <summary>Publishes without waiting (a duplicate, whose second delivery the inbox drops without trace).</summary>
    public Task PublishOnlyAsync<T>(T message) where T : IntegrationEvent => publisher.PublishAsync(message);

    public Task WaitProcessedAsync(Guid messageId) =>
        Eventually.WaitUntilAsync(
            () => fixture.InDatabaseAsync(async db =>
                await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM inbox_processed_messages WHERE message_id = {messageId}").SingleAsync() > 0),
            $"message {messageId} to be processed");

    public async Task<Guid> StaffAsync(string role, bool active = true, string name = "Staff Member")
    {
        var id = Guid.NewGuid();
        await PublishAsync(new StaffMemberChanged(id, Guid.NewGuid(), name, $"{id:N}@school.example", [role], active, "nl", Monday.AddDays(-60), 1));
        return id;
    }

    public async Task<Guid> TrainerAsync(Guid companyId, string name = "Tessa Trainer")
    {
        var id = Guid.NewGuid();
        await PublishAsync(new TrainerRegistered(id, companyId, name, $"{id:N}@company.example", null, ["25180"], 3, 1));
        return id;
    }

    public async Task<Guid> StudentAsync(Guid? mentorStaffId, string crebo = "25180", string firstName = "Sanne", string lastName = "de Vries")
    {
        var id = Guid.NewGuid();
        await PublishAsync(new StudentEnrolled(
            id, $"S{Random.Shared.Next(100000, 999999)}", firstName, lastName, new DateOnly(2009, 5, 1), $"{id:N}@student.example", null, null, null,
            "2026", new Enrolment(Guid.NewGuid(), crebo, "Verkoper", 2, LearningRoute.Bol, new DateOnly(2026, 9, 1), new DateOnly(2028, 7, 1), null),
            mentorStaffId, 1));
        return id;
    }

    public static PlacementSnapshot Placement(
        Guid studentId, Guid companyId, Guid? trainerId, PlacementStatus status, DateOnly start, Guid? periodId = null, Guid? teacherStaffId = null) =>
        new(Guid.NewGuid(), studentId, companyId, "Bakkerij Brood & Zo", Guid.NewGuid(), trainerId, "25180", LearningRoute.Bol, periodId ?? Guid.NewGuid(),
            start, start.AddDays(120), 400, status, [], teacherStaffId, status == PlacementStatus.Active ? start : null);

    public Task<List<WorkItem>> ItemsAsync(NotificationKind kind, Guid studentId) =>
        fixture.InDatabaseAsync(db => db.WorkItems.AsNoTracking().Where(i => i.Kind == kind && i.StudentId == studentId).OrderBy(i => i.OpenedAt).ToListAsync());

    public Task<List<WorkItem>> ItemsForAsync(RecipientKind kind, Guid recipientId) =>
        fixture.InDatabaseAsync(db => db.WorkItems.AsNoTracking().Where(i => i.RecipientKind == kind && i.RecipientId == recipientId).ToListAsync());

    public Task<List<Notification>> NotificationsForAsync(RecipientKind kind, Guid recipientId) =>
        fixture.InDatabaseAsync(db => db.Notifications.AsNoTracking().Where(n => n.RecipientKind == kind && n.RecipientId == recipientId).OrderBy(n => n.CreatedAt).ToListAsync());

    public Task<WorkItem> WaitForItemAsync(NotificationKind kind, Guid studentId, Func<WorkItem, bool>? where = null) =>
        Eventually.WaitAsync(
            async () => (await ItemsAsync(kind, studentId)).FirstOrDefault(i => where?.Invoke(i) ?? true),
            $"a {kind} item about student {studentId}");

    /// <summary>Runs one scheduled job at <paramref name="now"/> as the runner would: inside a transaction, saved at the end.</summary>
    public async Task RunJobAsync(string name, DateTimeOffset now)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().Single(j => j.Name == name);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await job.RunAsync(db, now, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    public Task RunDueItemsAsync(DateTimeOffset now) => RunJobAsync(DueItemsJob.JobName, now);

    public Task RunEscalationAsync(DateTimeOffset now) => RunJobAsync(EscalationJob.JobName, now);
}
