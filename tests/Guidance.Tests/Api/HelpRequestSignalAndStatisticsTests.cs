using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.HelpRequests;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>An unanswered help request becomes a signal; the coordinator sees counts and answer times per mentor.</summary>
public sealed class HelpRequestSignalAndStatisticsTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    private readonly Guid _mentor = Guid.NewGuid();

    private async Task<StudentCopy> StudentAsync(Guid? mentor = null)
    {
        var student = TestData.Student(mentor ?? _mentor);
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            return db.SaveChangesAsync();
        });
        return student;
    }

    /// <summary>Stores a request asked at <paramref name="askedAt"/> as the API would, optionally answered <paramref name="answerAfter"/> later.</summary>
    private async Task<HelpRequest> StoreAsync(StudentCopy student, DateTimeOffset askedAt, bool isPrivate = false, HelpRequestTopic topic = HelpRequestTopic.SchoolWork,
        TimeSpan? answerAfter = null, bool close = false, string text = "Ik snap de opdracht niet")
    {
        var request = HelpRequest.Ask(Guid.CreateVersion7(), student.Id, student.MentorStaffId, topic, HelpRequestKind.Question, text, isPrivate, askedAt);
        if (answerAfter is { } after)
        {
            request.AnswerWith("Antwoord", student.MentorStaffId.ToString()!, askedAt + after);
            if (close)
            {
                request.Close("Opgelost", student.MentorStaffId.ToString()!, askedAt + after + TimeSpan.FromHours(1));
            }
        }

        await fixture.RunAsync(db =>
        {
            db.HelpRequests.Add(request);
            return db.SaveChangesAsync();
        });
        return request;
    }

    private Task SweepAsync(DateTimeOffset now) => SignalSweep.RunOnceAsync(fixture.Scopes, now, CancellationToken.None);

    private Task<List<Signal>> SignalsAsync(Guid studentId) =>
        fixture.InDatabaseAsync(db => db.Signals.AsNoTracking().Where(s => s.StudentId == studentId && s.Rule == SignalRule.HelpRequestUnanswered).ToListAsync());

    [Fact]
    public async Task A_request_unanswered_after_48_hours_raises_one_signal_without_its_text()
    {
        var student = await StudentAsync();
        var asked = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        var request = await StoreAsync(student, asked, text: "Mijn begeleider op stage scheldt me uit");

        await SweepAsync(asked.AddHours(47));
        Assert.Empty(await SignalsAsync(student.Id));

        await SweepAsync(asked.AddHours(50));
        var signal = Assert.Single(await SignalsAsync(student.Id));
        Assert.Equal($"help-request:{request.Id}", signal.Subject);
        Assert.Equal($"/api/help-requests/{request.Id}", signal.Link);
        Assert.Equal("Een hulpvraag over schoolwerk van 30 november 2026 is na 50 uur nog niet beantwoord.", signal.Evidence);

        // Once: resolved, the same request does not raise it again.
        await (await fixture.Mentor(_mentor).PostJsonAsync($"/api/signals/{signal.Id}/resolve", new SignalNoteRequest("Besproken"))).AssertStatusAsync(HttpStatusCode.OK);
        await SweepAsync(asked.AddHours(80));
        Assert.Equal(SignalStatus.Resolved, Assert.Single(await SignalsAsync(student.Id)).Status);
    }

    [Fact]
    public async Task A_private_or_personal_request_signals_after_24_hours_and_the_evidence_names_no_topic_of_a_private_one()
    {
        var student = await StudentAsync();
        var asked = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        await StoreAsync(student, asked, isPrivate: true, topic: HelpRequestTopic.Personal, text: "Thuis gaat het niet goed");
        var personal = await StudentAsync();
        await StoreAsync(personal, asked, topic: HelpRequestTopic.Personal);

        await SweepAsync(asked.AddHours(23));
        Assert.Empty(await SignalsAsync(student.Id));
        await SweepAsync(asked.AddHours(25));

        var signal = Assert.Single(await SignalsAsync(student.Id));
        Assert.Equal("Een hulpvraag (alleen voor mentor en zorg) van 1 december 2026 is na 25 uur nog niet beantwoord.", signal.Evidence);
        Assert.DoesNotContain("Thuis", signal.Evidence, StringComparison.Ordinal);
        Assert.Equal("Een hulpvraag over iets persoonlijks van 1 december 2026 is na 25 uur nog niet beantwoord.", Assert.Single(await SignalsAsync(personal.Id)).Evidence);
    }

    [Fact]
    public async Task An_answered_request_or_a_planned_conversation_raises_no_signal()
    {
        var student = await StudentAsync();
        var asked = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        await StoreAsync(student, asked, answerAfter: TimeSpan.FromHours(60));

        await SweepAsync(asked.AddDays(10));

        Assert.Empty(await SignalsAsync(student.Id));
    }

    [Fact]
    public async Task The_coordinator_sees_counts_and_answer_times_per_mentor_and_no_text()
    {
        var mentorA = Guid.NewGuid();
        var mentorB = Guid.NewGuid();
        var a = await StudentAsync(mentorA);
        var b = await StudentAsync(mentorB);
        // A far-away range of its own, so other tests' requests do not count.
        var day = new DateTimeOffset(2024, 3, 4, 8, 0, 0, TimeSpan.Zero);
        await StoreAsync(a, day, answerAfter: TimeSpan.FromHours(2), text: "Geheime tekst een");
        await StoreAsync(a, day.AddHours(1), answerAfter: TimeSpan.FromHours(4), close: true);
        await StoreAsync(a, day.AddDays(1), answerAfter: TimeSpan.FromHours(10), close: true);
        await StoreAsync(a, day.AddDays(2));
        await StoreAsync(b, day.AddDays(1), isPrivate: true, answerAfter: TimeSpan.FromHours(30));
        await StoreAsync(b, day.AddDays(20));

        var response = await fixture.Coordinator().GetAsync("/api/help-requests/statistics?from=2024-03-01&to=2024-03-10");
        var body = await response.Content.ReadAsStringAsync();
        var statistics = await response.ReadAsync<HelpRequestStatistics>();

        Assert.Equal(new DateOnly(2024, 3, 1), statistics.From);
        var forA = Assert.Single(statistics.Mentors, m => m.MentorStaffId == mentorA);
        Assert.Equal((4, 1, 1, 2), (forA.Asked, forA.Open, forA.Answered, forA.Closed));
        Assert.Equal(4.0, forA.MedianHoursToFirstAnswer);
        Assert.Equal(8.8, forA.P90HoursToFirstAnswer);
        var forB = Assert.Single(statistics.Mentors, m => m.MentorStaffId == mentorB);
        Assert.Equal((1, 0, 1, 0), (forB.Asked, forB.Open, forB.Answered, forB.Closed));
        Assert.Equal(30.0, forB.MedianHoursToFirstAnswer);
        Assert.Equal(5, statistics.Total.Asked);
        Assert.Equal(2, statistics.Mentors.Count);
        Assert.DoesNotContain("Geheime", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Antwoord", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_are_for_coordinators_and_bad_dates_name_the_field()
    {
        await (await fixture.Mentor(_mentor).GetAsync("/api/help-requests/statistics")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Care().GetAsync("/api/help-requests/statistics")).AssertStatusAsync(HttpStatusCode.Forbidden);
        await (await fixture.Student(Guid.NewGuid()).GetAsync("/api/help-requests/statistics")).AssertStatusAsync(HttpStatusCode.Forbidden);

        var coordinator = fixture.Coordinator();
        await (await coordinator.GetAsync("/api/help-requests/statistics?from=gisteren")).AssertFieldErrorAsync("from");
        await (await coordinator.GetAsync("/api/help-requests/statistics?to=2026-13-01")).AssertFieldErrorAsync("to");
        await (await coordinator.GetAsync("/api/help-requests/statistics?from=2026-12-01&to=2026-11-01")).AssertFieldErrorAsync("to");
        await (await coordinator.GetAsync("/api/help-requests/statistics?from=2020-01-01&to=2026-11-01")).AssertFieldErrorAsync("from");
        var defaults = await (await coordinator.GetAsync("/api/help-requests/statistics")).ReadAsync<HelpRequestStatistics>();
        Assert.Equal(29, defaults.To.DayNumber - defaults.From.DayNumber);
    }
}
