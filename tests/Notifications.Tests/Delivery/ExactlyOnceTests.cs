using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Notifications.Delivery;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Scheduling;
using static PartnershipHub.Notifications.Tests.Delivery.DeliveryData;

namespace PartnershipHub.Notifications.Tests.Delivery;

/// <summary>A crash mid-digest, two replicas composing or sending at once: each notification still goes out in one mail, once.</summary>
public sealed class ExactlyOnceTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    [Fact]
    public async Task A_digest_run_that_dies_after_composing_leaves_nothing_and_the_next_run_mails_once()
    {
        var (mentors, _) = await AddMentorsAsync(5, Amsterdam(2026, 5, 4, 6, 0));
        var ids = mentors.Select(m => m.Id).ToList();

        // Composed and saved, but the transaction never commits (the process died before the scheduler's commit).
        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 5, 4, 7, 0), commit: false);
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.Mails.CountAsync(m => ids.Contains(m.RecipientId))));
        Assert.Equal(10, await fixture.InDatabaseAsync(db => db.Notifications.CountAsync(n => ids.Contains(n.RecipientId) && n.MailState == MailState.Pending && n.MailId == null)));

        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 5, 4, 7, 5));
        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 5, 4, 7, 10));
        await fixture.SendAsync();
        await fixture.SendAsync();

        Assert.All(mentors, m => Assert.Single(fixture.Smtp.To(m.Email)));
        Assert.Equal(5, await fixture.InDatabaseAsync(db => db.Mails.CountAsync(m => ids.Contains(m.RecipientId) && m.SentAt != null)));
    }

    [Fact]
    public async Task Two_digest_runs_at_once_compose_one_mail_per_person()
    {
        var (mentors, _) = await AddMentorsAsync(40, Amsterdam(2026, 5, 5, 6, 0));
        var ids = mentors.Select(m => m.Id).ToList();

        var at = Amsterdam(2026, 5, 5, 7, 0);
        await Task.WhenAll(Task.Run(() => fixture.RunJobAsync<DigestMailJob>(at)), Task.Run(() => fixture.RunJobAsync<DigestMailJob>(at)));

        var mails = await fixture.InDatabaseAsync(db => db.Mails.AsNoTracking().Where(m => ids.Contains(m.RecipientId)).ToListAsync());
        Assert.Equal(40, mails.Count);
        Assert.Equal(40, mails.Select(m => m.RecipientId).Distinct().Count());
        Assert.Equal(80, await fixture.InDatabaseAsync(db => db.Notifications.CountAsync(n => ids.Contains(n.RecipientId) && n.MailState == MailState.Queued)));
    }

    [Fact]
    public async Task Two_schedulers_at_once_run_the_digest_job_once()
    {
        // Digest hour 0: on the real clock (the scheduler's) the hour has always come.
        var (mentors, _) = await AddMentorsAsync(10, DateTimeOffset.UtcNow.AddMinutes(-5), digestHour: 0);
        var ids = mentors.Select(m => m.Id).ToList();
        var runner = fixture.Factory.Services.GetRequiredService<ScheduledJobRunner>();

        var runs = await Task.WhenAll(
            Task.Run(() => runner.RunDueJobsAsync(CancellationToken.None)),
            Task.Run(() => runner.RunDueJobsAsync(CancellationToken.None)));

        Assert.Equal(1, runs.Sum(ran => ran.Count(name => name == DigestMailJob.JobName)));
        Assert.Equal(10, await fixture.InDatabaseAsync(db => db.Mails.CountAsync(m => ids.Contains(m.RecipientId))));
    }

    [Fact]
    public async Task Two_senders_at_once_send_each_mail_once_with_its_own_message_id()
    {
        var (mentors, _) = await AddMentorsAsync(45, Amsterdam(2026, 5, 6, 6, 0));
        var ids = mentors.Select(m => m.Id).ToList();
        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 5, 6, 7, 0));

        var outcomes = await Task.WhenAll(Task.Run(fixture.SendAsync), Task.Run(fixture.SendAsync));

        Assert.True(outcomes.Sum(o => o.Sent) >= 45);
        var mails = await fixture.InDatabaseAsync(db => db.Mails.AsNoTracking().Where(m => ids.Contains(m.RecipientId)).ToListAsync());
        Assert.All(mails, m => Assert.NotNull(m.SentAt));
        foreach (var mentor in mentors)
        {
            var received = Assert.Single(fixture.Smtp.To(mentor.Email));
            Assert.Equal(mails.Single(m => m.RecipientId == mentor.Id).MessageId, $"<{received.MessageId}>");
        }
    }

    private async Task<(List<StaffCopy> Mentors, List<Notification> Notifications)> AddMentorsAsync(int count, DateTimeOffset createdAt, int digestHour = 7)
    {
        var mentors = Enumerable.Range(0, count).Select(_ => Mentor()).ToList();
        var notifications = mentors.SelectMany(m => new[]
        {
            For(RecipientKind.Staff, m.Id, NotificationKind.ReviewDue, createdAt),
            For(RecipientKind.Staff, m.Id, NotificationKind.NoRecentContact, createdAt),
        }).ToList();
        var preferences = mentors.Select(m => new Preference { RecipientKind = RecipientKind.Staff, RecipientId = m.Id, DigestHour = digestHour });
        await fixture.AddAsync([.. mentors, .. notifications, .. preferences]);
        return (mentors, notifications);
    }
}
