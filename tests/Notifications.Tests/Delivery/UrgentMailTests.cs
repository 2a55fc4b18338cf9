using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Delivery;
using PartnershipHub.Notifications.Domain;
using static PartnershipHub.Notifications.Tests.Delivery.DeliveryData;

namespace PartnershipHub.Notifications.Tests.Delivery;

public sealed class UrgentMailTests(DeliveryFixture fixture) : IClassFixture<DeliveryFixture>
{
    [Fact]
    public async Task Urgent_notifications_go_at_once_together_and_at_most_one_mail_a_quarter_hour()
    {
        var mentor = Mentor();
        var ten = Amsterdam(2026, 4, 7, 10, 0);
        var notUrgent = For(RecipientKind.Staff, mentor.Id, NotificationKind.ReviewDue, ten);
        await fixture.AddAsync(
            mentor,
            notUrgent,
            For(RecipientKind.Staff, mentor.Id, NotificationKind.SignalRaised, ten, urgent: true),
            For(RecipientKind.Staff, mentor.Id, NotificationKind.SignalRaised, ten.AddSeconds(10), urgent: true),
            For(RecipientKind.Staff, mentor.Id, NotificationKind.SignalRaised, ten.AddSeconds(20), urgent: true));

        await fixture.RunJobAsync<UrgentMailJob>(ten.AddMinutes(1));
        var first = Assert.Single(await fixture.MailsToAsync(mentor.Id));
        Assert.Equal(MailKind.Urgent, first.Kind);
        Assert.Null(first.DigestDate);
        Assert.Equal(MailState.Pending, (await fixture.NotificationsOfAsync(mentor.Id)).Single(n => n.Id == notUrgent.Id).MailState);

        await fixture.AddAsync(For(RecipientKind.Staff, mentor.Id, NotificationKind.SignalRaised, ten.AddMinutes(5), urgent: true));
        await fixture.RunJobAsync<UrgentMailJob>(ten.AddMinutes(6));
        await fixture.RunJobAsync<UrgentMailJob>(ten.AddMinutes(15));
        Assert.Single(await fixture.MailsToAsync(mentor.Id));

        await fixture.RunJobAsync<UrgentMailJob>(ten.AddMinutes(16));
        Assert.Equal(2, (await fixture.MailsToAsync(mentor.Id)).Count);

        await fixture.SendAsync();
        var received = fixture.Smtp.To(mentor.Email);
        Assert.Equal(["PartnershipHub: 1 dringende melding", "PartnershipHub: 3 dringende meldingen"], received.Select(m => m.Subject).Order());
        Assert.All(received, m => DigestMailTests.AssertOneLanguage(m, "nl"));
    }

    [Fact]
    public async Task Quiet_hours_hold_urgent_mail_until_they_end()
    {
        var mentor = Mentor(language: "en");
        await fixture.AddAsync(mentor, For(RecipientKind.Staff, mentor.Id, NotificationKind.SignalRaised, Amsterdam(2026, 4, 8, 21, 0), urgent: true));

        await fixture.RunJobAsync<UrgentMailJob>(Amsterdam(2026, 4, 8, 21, 1));
        await fixture.RunJobAsync<UrgentMailJob>(Amsterdam(2026, 4, 9, 0, 30));
        await fixture.RunJobAsync<UrgentMailJob>(Amsterdam(2026, 4, 9, 6, 59));
        Assert.Empty(await fixture.MailsToAsync(mentor.Id));

        await fixture.RunJobAsync<UrgentMailJob>(Amsterdam(2026, 4, 9, 7, 0));
        Assert.Single(await fixture.MailsToAsync(mentor.Id));
        await fixture.SendAsync();
        Assert.Equal("PartnershipHub: 1 urgent notification", Assert.Single(fixture.Smtp.To(mentor.Email)).Subject);
    }

    [Fact]
    public async Task A_burst_of_ten_thousand_notifications_gives_a_few_hundred_mails_not_ten_thousand()
    {
        var burst = Amsterdam(2026, 4, 10, 9, 0);
        var mentors = Enumerable.Range(0, 100).Select(_ => Mentor()).ToList();
        var trainers = Enumerable.Range(0, 100).Select(_ => Trainer()).ToList();
        var students = Enumerable.Range(0, 100).Select(_ => Student(NewAddress("student"))).ToList();
        var people = mentors.Select(m => (Kind: RecipientKind.Staff, m.Id, m.Email))
            .Concat(trainers.Select(t => (Kind: RecipientKind.Trainer, t.Id, t.Email)))
            .Concat(students.Select(s => (Kind: RecipientKind.Student, s.Id, Email: s.Email!)))
            .ToList();
        var kinds = new Dictionary<RecipientKind, NotificationKind[]>
        {
            [RecipientKind.Staff] = [NotificationKind.SignalRaised, NotificationKind.ReviewDue, NotificationKind.AssessorDiscrepancy],
            [RecipientKind.Trainer] = [NotificationKind.HoursToApprove, NotificationKind.AssignmentToSignOff],
            [RecipientKind.Student] = [NotificationKind.HoursToLog, NotificationKind.ReviewScheduled],
        };
        var notifications = Enumerable.Range(0, 10_000).Select(i =>
        {
            var person = people[i % people.Count];
            var kind = kinds[person.Kind][i / people.Count % kinds[person.Kind].Length];
            // Every mentor's signals are urgent: a third of the people get an urgent mail besides their digest.
            return For(person.Kind, person.Id, kind, burst.AddMilliseconds(i), urgent: kind == NotificationKind.SignalRaised);
        }).ToList();
        await fixture.AddAsync([.. mentors, .. trainers, .. students]);
        foreach (var chunk in notifications.Chunk(2_000))
        {
            await fixture.AddAsync([.. chunk]);
        }

        await fixture.RunJobAsync<UrgentMailJob>(burst.AddMinutes(1));
        await fixture.RunJobAsync<DigestMailJob>(burst.AddMinutes(2));
        await fixture.RunJobAsync<UrgentMailJob>(burst.AddMinutes(3));

        var ids = people.Select(p => p.Id).ToList();
        var mails = await fixture.InDatabaseAsync(db => db.Mails.AsNoTracking().Where(m => ids.Contains(m.RecipientId)).ToListAsync());
        var urgentPeople = notifications.Where(n => n.Urgent).Select(n => n.RecipientId).Distinct().Count();
        var digestPeople = notifications.Where(n => !n.Urgent).Select(n => n.RecipientId).Distinct().Count();
        Assert.Equal(100, urgentPeople);
        Assert.Equal(urgentPeople, mails.Count(m => m.Kind == MailKind.Urgent));
        Assert.Equal(digestPeople, mails.Count(m => m.Kind == MailKind.Digest));
        Assert.True(mails.Count <= 2 * people.Count, $"{mails.Count} mails for {people.Count} people");
        var states = await fixture.InDatabaseAsync(db => db.Notifications.AsNoTracking()
            .Where(n => ids.Contains(n.RecipientId))
            .GroupBy(n => n.MailState)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(10_000, states[MailState.Queued]);

        await fixture.SendAsync();
        var received = people.SelectMany(p => fixture.Smtp.To(p.Email)).ToList();
        Assert.Equal(mails.Count, received.Count);
        Assert.Equal(mails.Count, received.Select(m => m.MessageId).Distinct().Count());
        Assert.All(people, p => Assert.InRange(fixture.Smtp.To(p.Email).Count, 1, 2));
    }
}
