using Microsoft.Extensions.Options;
using MimeKit;
using PartnershipHub.Notifications.Delivery;
using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Tests.Delivery;

/// <summary>Delivery's rules without a database: quiet hours, the digest hour, back-off, the mail's frame, the pickup folder.</summary>
public sealed class DeliveryRulesTests
{
    [Theory]
    [InlineData("20:00", "07:00", "19:59", false)]
    [InlineData("20:00", "07:00", "20:00", true)]
    [InlineData("20:00", "07:00", "23:30", true)]
    [InlineData("20:00", "07:00", "06:59", true)]
    [InlineData("20:00", "07:00", "07:00", false)]
    [InlineData("12:00", "13:30", "12:45", true)]
    [InlineData("12:00", "13:30", "13:30", false)]
    public void Quiet_hours_may_run_past_midnight(string from, string until, string at, bool quiet)
    {
        var preference = new Preference { QuietFrom = TimeOnly.Parse(from), QuietUntil = TimeOnly.Parse(until) };
        Assert.Equal(quiet, DeliveryWindow.IsQuiet(preference, TimeOnly.Parse(at)));
    }

    [Fact]
    public void Without_quiet_hours_nothing_is_held()
    {
        Assert.False(DeliveryWindow.IsQuiet(new Preference { QuietFrom = null, QuietUntil = null }, new TimeOnly(3, 0)));
    }

    [Fact]
    public void The_digest_hour_has_come_from_that_hour_on()
    {
        var preference = new Preference { DigestHour = 7 };
        Assert.False(DeliveryWindow.DigestHourHasCome(preference, new DateTime(2026, 3, 10, 6, 59, 59)));
        Assert.True(DeliveryWindow.DigestHourHasCome(preference, new DateTime(2026, 3, 10, 7, 0, 0)));
        Assert.True(DeliveryWindow.DigestHourHasCome(preference, new DateTime(2026, 3, 10, 18, 0, 0)));
    }

    [Fact]
    public void A_failed_mail_waits_30_seconds_then_twice_as_long_each_time_at_most_15_minutes()
    {
        var settings = new MailSettings();
        Assert.Equal(
            [30, 60, 120, 240, 480, 900, 900],
            Enumerable.Range(1, 7).Select(attempts => (int)settings.RetryDelay(attempts).TotalSeconds));
    }

    [Fact]
    public void A_mail_is_one_language_with_absolute_links_and_the_name_escaped()
    {
        var composer = new MailComposer(Options.Create(new DeliveryOptions { PortalBaseUrl = "https://portal.example/" }));
        var recipient = new MailRecipient(RecipientKind.Trainer, Guid.NewGuid(), "p@example.test", "<b>Piet</b>", "en", new Preference());
        var notification = new Notification
        {
            Id = Guid.NewGuid(),
            Kind = NotificationKind.HoursToApprove,
            Link = "/trainer/placements/42",
            Parameters = new() { ["studentName"] = "Sanne" },
            CreatedAt = DateTimeOffset.UtcNow,
        };

        var mail = composer.Compose(recipient, [notification], MailKind.Digest, new DateOnly(2026, 3, 10), DateTimeOffset.UtcNow);

        Assert.Equal("PartnershipHub: 1 thing for today", mail.Subject);
        Assert.Equal("en", mail.Language);
        Assert.Contains("<html lang=\"en\">", mail.HtmlBody);
        Assert.Contains("https://portal.example/trainer/placements/42", mail.HtmlBody);
        Assert.Contains("https://portal.example/trainer/placements/42", mail.TextBody);
        Assert.Contains("https://portal.example/meldingen/voorkeuren", mail.TextBody);
        Assert.Contains("Hello &lt;b&gt;Piet&lt;/b&gt;,", mail.HtmlBody);
        Assert.DoesNotContain("<b>Piet</b>", mail.HtmlBody);
        Assert.Equal($"<{mail.Id}@notifications.partnershiphub>", mail.MessageId);
    }

    [Fact]
    public async Task The_pickup_folder_holds_one_file_per_mail_even_when_it_is_written_twice()
    {
        var directory = Path.Combine(Path.GetTempPath(), "ph-notifications-pickup-" + Guid.NewGuid().ToString("N"));
        try
        {
            var transport = new PickupMailTransport(directory);
            var mail = new OutgoingMail
            {
                Id = Guid.NewGuid(),
                ToAddress = "a@example.test",
                ToName = "A",
                Subject = "PartnershipHub: 1 ding voor vandaag",
                TextBody = "tekst",
                HtmlBody = "<p>tekst</p>",
                Language = "nl",
                CreatedAt = DateTimeOffset.UtcNow,
            };
            mail.MessageId = MailComposer.MessageIdFor(mail.Id);

            for (var attempt = 0; attempt < 2; attempt++)
            {
                await using var session = transport.OpenSession();
                await session.SendAsync(MailDispatcher.ToMessage(mail, new MailSettings()), CancellationToken.None);
            }

            var file = Assert.Single(Directory.GetFiles(directory));
            var written = await MimeMessage.LoadAsync(file);
            Assert.Equal(mail.MessageId.Trim('<', '>'), written.MessageId);
            Assert.Equal("nl", written.Body?.Headers[HeaderId.ContentLanguage] ?? written.Headers[HeaderId.ContentLanguage]);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
