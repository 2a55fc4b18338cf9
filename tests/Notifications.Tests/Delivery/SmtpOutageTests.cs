using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Delivery;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Testing;
using static PartnershipHub.Notifications.Tests.Delivery.DeliveryData;

namespace PartnershipHub.Notifications.Tests.Delivery;

/// <summary>The background sender against an SMTP server that is down at first.</summary>
public sealed class SmtpOutageTests(LiveSenderFixture fixture) : IClassFixture<LiveSenderFixture>
{
    [Fact]
    public async Task Mails_wait_while_the_server_is_down_and_each_goes_exactly_once_when_it_is_back()
    {
        var log = CapturedLog.AttachTo(fixture.Factory.Services);
        var mentors = Enumerable.Range(0, 30).Select(_ => Mentor()).ToList();
        var created = Amsterdam(2026, 6, 1, 6, 0);
        await fixture.AddAsync([.. mentors, .. mentors.Select(m => For(RecipientKind.Staff, m.Id, NotificationKind.ReviewDue, created))]);
        var ids = mentors.Select(m => m.Id).ToList();

        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 6, 1, 7, 0));

        // Down: every mail is tried, fails, and waits for a later attempt.
        await Eventually.WaitUntilAsync(
            () => fixture.InDatabaseAsync(db => db.Mails.Where(m => ids.Contains(m.RecipientId)).AllAsync(m => m.Attempts >= 2 && m.SentAt == null && m.LastError != null)),
            "every mail tried twice while the server is down");
        Assert.Contains(log.Warnings, line => line.Contains(nameof(MailDispatcher)));
        Assert.Empty(log.Errors);
        Assert.Empty(fixture.Smtp.Received);

        await fixture.Smtp.StartAsync();
        await Eventually.WaitUntilAsync(
            () => fixture.InDatabaseAsync(db => db.Mails.Where(m => ids.Contains(m.RecipientId)).AllAsync(m => m.SentAt != null)),
            "every mail sent once the server is up");

        var received = mentors.SelectMany(m => fixture.Smtp.To(m.Email)).ToList();
        Assert.Equal(30, received.Count);
        Assert.Equal(30, received.Select(m => m.MessageId).Distinct().Count());
        Assert.All(mentors, m => Assert.Single(fixture.Smtp.To(m.Email)));
        Assert.Empty(log.Errors);
    }
}
