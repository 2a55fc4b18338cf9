using System.Text.RegularExpressions;
using MimeKit;
using PartnershipHub.Notifications.Delivery;
using PartnershipHub.Notifications.Domain;
using static PartnershipHub.Notifications.Tests.Delivery.DeliveryData;

namespace PartnershipHub.Notifications.Tests.Delivery;

public sealed partial class DigestMailTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    [Fact]
    public async Task Each_person_gets_one_digest_with_all_their_items_in_their_own_language()
    {
        var mentor = Mentor(language: "en");
        var trainer = Trainer();
        var morning = Amsterdam(2026, 3, 10, 6, 0);
        var mentorItems = new[]
        {
            For(RecipientKind.Staff, mentor.Id, NotificationKind.SignalRaised, morning),
            For(RecipientKind.Staff, mentor.Id, NotificationKind.SignalRaised, morning.AddMinutes(1)),
            For(RecipientKind.Staff, mentor.Id, NotificationKind.ReviewDue, morning.AddMinutes(2)),
        };
        var trainerItems = new[]
        {
            For(RecipientKind.Trainer, trainer.Id, NotificationKind.HoursToApprove, morning),
            For(RecipientKind.Trainer, trainer.Id, NotificationKind.AssignmentToSignOff, morning),
        };
        await fixture.AddAsync([mentor, trainer, .. mentorItems, .. trainerItems]);

        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 3, 10, 7, 2));
        await fixture.SendAsync();

        var english = Assert.Single(fixture.Smtp.To(mentor.Email));
        Assert.Equal("PartnershipHub: 3 things for today", english.Subject);
        AssertOneLanguage(english, "en");
        Assert.Equal(2, HeadingCount(english.HtmlBody));
        foreach (var item in mentorItems)
        {
            Assert.Contains(DeliveryFixture.PortalBaseUrl + item.Link, english.HtmlBody);
            Assert.Contains(DeliveryFixture.PortalBaseUrl + item.Link, english.TextBody);
        }

        var dutch = Assert.Single(fixture.Smtp.To(trainer.Email));
        Assert.Equal("PartnershipHub: 2 dingen voor vandaag", dutch.Subject);
        AssertOneLanguage(dutch, "nl");
        Assert.Equal(2, HeadingCount(dutch.HtmlBody));
        Assert.Contains("Hallo Peter Bakker,", dutch.TextBody);

        var mail = Assert.Single(await fixture.MailsToAsync(mentor.Id));
        Assert.Equal(MailKind.Digest, mail.Kind);
        Assert.Equal(new DateOnly(2026, 3, 10), mail.DigestDate);
        Assert.Equal($"<{mail.Id}@notifications.partnershiphub>", mail.MessageId);
        Assert.Equal(mail.MessageId.Trim('<', '>'), english.MessageId);
        Assert.NotNull(mail.SentAt);
        Assert.All(await fixture.NotificationsOfAsync(mentor.Id), n =>
        {
            Assert.Equal(MailState.Queued, n.MailState);
            Assert.Equal(mail.Id, n.MailId);
        });
    }

    [Fact]
    public async Task The_digest_waits_for_the_digest_hour_and_goes_once_a_day()
    {
        var mentor = Mentor();
        var first = For(RecipientKind.Staff, mentor.Id, NotificationKind.ReviewDue, Amsterdam(2026, 3, 11, 5, 0));
        await fixture.AddAsync(mentor, first, new Preference { RecipientKind = RecipientKind.Staff, RecipientId = mentor.Id, DigestHour = 8 });

        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 3, 11, 7, 59));
        Assert.Empty(await fixture.MailsToAsync(mentor.Id));

        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 3, 11, 8, 0));
        Assert.Single(await fixture.MailsToAsync(mentor.Id));

        // Later the same day: it waits for tomorrow's digest.
        var later = For(RecipientKind.Staff, mentor.Id, NotificationKind.AssessorDiscrepancy, Amsterdam(2026, 3, 11, 9, 0));
        await fixture.AddAsync(later);
        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 3, 11, 9, 5));
        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 3, 11, 23, 55));
        Assert.Single(await fixture.MailsToAsync(mentor.Id));
        Assert.Equal(MailState.Pending, (await fixture.NotificationsOfAsync(mentor.Id)).Single(n => n.Id == later.Id).MailState);

        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 3, 12, 8, 0));
        var mails = await fixture.MailsToAsync(mentor.Id);
        Assert.Equal([new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 12)], mails.Select(m => m.DigestDate!.Value));

        await fixture.SendAsync();
        var received = fixture.Smtp.To(mentor.Email);
        Assert.Equal(2, received.Count);
        Assert.All(received, m => Assert.Equal("PartnershipHub: 1 ding voor vandaag", m.Subject));
    }

    [Fact]
    public async Task Muted_kinds_missing_addresses_closed_items_and_read_lines_are_not_mailed()
    {
        var opened = Amsterdam(2026, 3, 13, 6, 0);
        var trainer = Trainer();
        var closedItem = Item(NotificationKind.AssignmentToSignOff, RecipientKind.Trainer, trainer.Id, opened, closedAt: opened.AddMinutes(30));
        var openItem = Item(NotificationKind.AssignmentToConfirm, RecipientKind.Trainer, trainer.Id, opened, closedAt: null);
        var muted = For(RecipientKind.Trainer, trainer.Id, NotificationKind.SchoolQuestion, opened);
        var required = For(RecipientKind.Trainer, trainer.Id, NotificationKind.HoursToApprove, opened);
        var ofClosedItem = For(RecipientKind.Trainer, trainer.Id, NotificationKind.AssignmentToSignOff, opened, workItemId: closedItem.Id);
        var ofOpenItem = For(RecipientKind.Trainer, trainer.Id, NotificationKind.AssignmentToConfirm, opened, workItemId: openItem.Id);
        var alreadyRead = For(RecipientKind.Trainer, trainer.Id, NotificationKind.AssignmentToConfirm, opened);
        alreadyRead.ReadAt = opened.AddMinutes(5);
        // A required kind in the muted list (only possible by hand: the API refuses it) is still mailed.
        var preference = new Preference
        {
            RecipientKind = RecipientKind.Trainer,
            RecipientId = trainer.Id,
            MutedKinds = [NotificationKind.SchoolQuestion, NotificationKind.HoursToApprove],
        };

        var studentWithoutAddress = Student(email: null);
        var ofStudent = For(RecipientKind.Student, studentWithoutAddress.Id, NotificationKind.HoursToLog, opened);
        var unknownStaff = For(RecipientKind.Staff, Guid.NewGuid(), NotificationKind.ReviewDue, opened);
        var leftStaff = Mentor();
        leftStaff.Active = false;
        var ofLeftStaff = For(RecipientKind.Staff, leftStaff.Id, NotificationKind.ReviewDue, opened);
        await fixture.AddAsync(trainer, closedItem, openItem, muted, required, ofClosedItem, ofOpenItem, alreadyRead, preference,
            studentWithoutAddress, ofStudent, unknownStaff, leftStaff, ofLeftStaff);

        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 3, 13, 7, 0));

        var states = (await fixture.NotificationsOfAsync(trainer.Id)).ToDictionary(n => n.Id, n => n.MailState);
        Assert.Equal(MailState.Skipped, states[muted.Id]);
        Assert.Equal(MailState.Skipped, states[ofClosedItem.Id]);
        Assert.Equal(MailState.Skipped, states[alreadyRead.Id]);
        Assert.Equal(MailState.Queued, states[required.Id]);
        Assert.Equal(MailState.Queued, states[ofOpenItem.Id]);
        Assert.Equal(MailState.Skipped, (await fixture.NotificationsOfAsync(studentWithoutAddress.Id)).Single().MailState);
        Assert.Equal(MailState.Skipped, (await fixture.NotificationsOfAsync(unknownStaff.RecipientId)).Single().MailState);
        Assert.Equal(MailState.Skipped, (await fixture.NotificationsOfAsync(leftStaff.Id)).Single().MailState);
        Assert.Empty(await fixture.MailsToAsync(studentWithoutAddress.Id));
        Assert.Empty(await fixture.MailsToAsync(leftStaff.Id));

        await fixture.SendAsync();
        var mail = Assert.Single(fixture.Smtp.To(trainer.Email));
        Assert.Equal("PartnershipHub: 2 dingen voor vandaag", mail.Subject);
        Assert.Contains(DeliveryFixture.PortalBaseUrl + required.Link, mail.TextBody);
        Assert.DoesNotContain(DeliveryFixture.PortalBaseUrl + muted.Link, mail.TextBody);
        Assert.DoesNotContain(DeliveryFixture.PortalBaseUrl + ofClosedItem.Link, mail.TextBody);
    }

    [Fact]
    public async Task Immediate_mail_goes_at_each_run_bundled_but_not_in_quiet_hours()
    {
        var mentor = Mentor();
        await fixture.AddAsync(
            mentor,
            new Preference { RecipientKind = RecipientKind.Staff, RecipientId = mentor.Id, Immediate = true, QuietFrom = new(21, 0), QuietUntil = new(6, 30) },
            For(RecipientKind.Staff, mentor.Id, NotificationKind.ReviewDue, Amsterdam(2026, 3, 14, 22, 0)),
            For(RecipientKind.Staff, mentor.Id, NotificationKind.NoRecentContact, Amsterdam(2026, 3, 14, 23, 0)));

        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 3, 15, 2, 0));
        Assert.Empty(await fixture.MailsToAsync(mentor.Id));

        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 3, 15, 6, 30));
        var first = Assert.Single(await fixture.MailsToAsync(mentor.Id));
        Assert.Null(first.DigestDate);

        await fixture.AddAsync(For(RecipientKind.Staff, mentor.Id, NotificationKind.AssessorDiscrepancy, Amsterdam(2026, 3, 15, 6, 31)));
        await fixture.RunJobAsync<DigestMailJob>(Amsterdam(2026, 3, 15, 6, 35));
        Assert.Equal(2, (await fixture.MailsToAsync(mentor.Id)).Count);

        await fixture.SendAsync();
        Assert.Equal(
            ["PartnershipHub: 1 nieuwe melding", "PartnershipHub: 2 nieuwe meldingen"],
            fixture.Smtp.To(mentor.Email).Select(m => m.Subject).Order());
    }

    internal static void AssertOneLanguage(MimeMessage message, string language)
    {
        // MimeKit's parser files a message's Content-* headers under its body.
        Assert.Equal(language, message.Body?.Headers[HeaderId.ContentLanguage] ?? message.Headers[HeaderId.ContentLanguage]);
        Assert.Contains($"<html lang=\"{language}\">", message.HtmlBody);
        Assert.False(string.IsNullOrWhiteSpace(message.TextBody));
        var other = language == "en" ? "nl" : "en";
        Assert.DoesNotContain($"lang=\"{other}\"", message.HtmlBody);
        var (greeting, otherGreeting) = language == "en" ? ("Hello", "Hallo") : ("Hallo", "Hello");
        Assert.StartsWith(greeting, message.TextBody);
        Assert.DoesNotContain(otherGreeting, message.TextBody);
    }

    internal static int HeadingCount(string? html) => Heading().Matches(html ?? "").Count;

    [GeneratedRegex("<h2[ >]")]
    private static partial Regex Heading();
}
