using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Testing;

namespace PartnershipHub.Notifications.Tests.Delivery;

/// <summary>Internships' <see cref="AgreementGuardianLinkSent"/> becomes one mail to the guardian with the portal link, sent at once.</summary>
public sealed class GuardianLinkMailTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    [Fact]
    public async Task The_event_sends_one_mail_to_the_guardian_with_the_signing_link()
    {
        await using var publisher = await TestPublisher.StartAsync(fixture.Broker.ConnectionString);
        var studentId = Guid.NewGuid();
        var address = $"{studentId:N}@guardian.example";
        var sent = new AgreementGuardianLinkSent(
            Guid.NewGuid(), studentId, address, "Ria de Vries", "Sem", "Bakkerij Jansen", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31),
            "abc_DEF-123", new DateTimeOffset(2026, 9, 15, 10, 0, 0, TimeSpan.Zero));

        await publisher.PublishAsync(sent);
        // Redelivered: the inbox drops the second, so still one mail.
        await publisher.PublishAsync(sent);
        var mail = await Eventually.WaitAsync(
            () => fixture.InDatabaseAsync(db => db.Mails.AsNoTracking().FirstOrDefaultAsync(m => m.ToAddress == address)), "the guardian's mail");
        Assert.Equal((MailKind.Agreement, RecipientKind.Student, studentId), (mail.Kind, mail.RecipientKind, mail.RecipientId));
        Assert.Null(mail.SentAt);

        await fixture.SendAsync();
        var received = Assert.Single(fixture.Smtp.To(address));
        const string link = DeliveryFixture.PortalBaseUrl + "/ondertekenen/abc_DEF-123";
        Assert.Contains(link, received.TextBody);
        Assert.Contains($"href=\"{link}\"", received.HtmlBody);
        Assert.Contains("Beste Ria de Vries,", received.TextBody);
        Assert.Contains("Sem gaat stage lopen bij Bakkerij Jansen, van 1 september 2026 t/m 31 januari 2027", received.TextBody);
        Assert.Contains("15 september 2026 12:00", received.TextBody);
        Assert.Equal("PartnershipHub: stageovereenkomst van Sem ondertekenen", received.Subject);
        Assert.Single(await fixture.InDatabaseAsync(db => db.Mails.AsNoTracking().Where(m => m.ToAddress == address).ToListAsync()));
    }
}
