using System.Net;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Absence;
using PartnershipHub.Guidance.Features.Concerns;
using PartnershipHub.Guidance.Features.HelpRequests;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Api;

/// <summary>The progress view's timeline: what came from every side, newest first, without a private request's topic.</summary>
public sealed class TimelineTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    [Fact]
    public async Task Help_requests_concerns_absence_signals_and_assessments_appear_newest_first()
    {
        var mentorId = Guid.NewGuid();
        var company = Guid.NewGuid();
        var student = TestData.Student(mentorId);
        var placement = TestData.Placement(student.Id, company, start: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)));
        placement.StartedOn = placement.StartDate;
        await fixture.RunAsync(db =>
        {
            db.Students.Add(student);
            db.Placements.Add(placement);
            return db.SaveChangesAsync();
        });
        var mentor = fixture.Mentor(mentorId);
        var self = fixture.Student(student.Id);

        await mentor.AssessAsync(student.Id, TestData.Start(AssessorRole.Mentor));
        var open = await (await self.PostJsonAsync($"/api/students/{student.Id}/help-requests", new AskHelpRequest(HelpRequestTopic.SchoolWork, HelpRequestKind.Question, "Hoe plan ik mijn huiswerk?", false)))
            .ReadAsync<HelpRequestResponse>(HttpStatusCode.Created);
        await (await self.PostJsonAsync($"/api/students/{student.Id}/help-requests", new AskHelpRequest(HelpRequestTopic.Personal, HelpRequestKind.Conversation, "Thuis is het lastig.", true)))
            .AssertStatusAsync(HttpStatusCode.Created);
        await (await mentor.PostJsonAsync($"/api/help-requests/{open.HelpRequestId}/answer", new AnswerHelpRequest("Maak elke maandag een weekplanning."))).AssertStatusAsync(HttpStatusCode.OK);
        await (await fixture.Trainer(company).PostJsonAsync($"/api/placements/{placement.Id}/concerns", new RaiseConcernRequest(WorkplaceConcernKind.Lateness, WorkplaceConcernUrgency.Urgent, "Drie keer te laat.")))
            .AssertStatusAsync(HttpStatusCode.Created);
        await (await mentor.PostJsonAsync($"/api/students/{student.Id}/absences", new SchoolAbsenceRequest(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), 3m, false, null)))
            .AssertStatusAsync(HttpStatusCode.OK);
        await (await mentor.PostJsonAsync($"/api/students/{student.Id}/signals", new RaiseSignalRequest("Stil in de klas.", false))).AssertStatusAsync(HttpStatusCode.Created);

        var progress = await (await mentor.GetAsync($"/api/students/{student.Id}/progress")).ReadAsync<ProgressResponse>();

        var timeline = Assert.IsAssignableFrom<IReadOnlyList<TimelineItem>>(progress.Timeline);
        Assert.Equal(timeline.OrderByDescending(i => i.At).Select(i => i.At), timeline.Select(i => i.At));
        var kinds = timeline.Select(i => i.Kind).ToList();
        foreach (var kind in new[] { "assessmentSubmitted", "helpRequestAsked", "helpRequestAnswered", "concernRaised", "signalRaised", "absenceWeek", "placementStarted" })
        {
            Assert.Contains(kind, kinds);
        }

        Assert.Contains(timeline, i => i.Kind == "assessmentSubmitted" && i.Subject == "mentor");
        Assert.Contains(timeline, i => i.Kind == "helpRequestAsked" && i.Subject == "schoolWork" && !i.Private);
        var hidden = Assert.Single(timeline, i => i.Kind == "helpRequestAsked" && i.Private);
        Assert.Null(hidden.Subject);
        var concern = Assert.Single(timeline, i => i.Kind == "concernRaised");
        Assert.True(concern.Urgent);
        Assert.Equal("lateness", concern.Subject);
        Assert.Equal("Bakkerij De Korenaar", concern.Label);
        Assert.Contains(timeline, i => i.Kind == "signalRaised" && i.Subject == "workplaceConcern" && i.Urgent);
        Assert.Contains(timeline, i => i.Kind == "signalRaised" && i.Subject == "manual");
        var week = Assert.Single(timeline, i => i.Kind == "absenceWeek");
        Assert.Equal(3m, week.Hours);
        Assert.Null(week.AuthorisedHours);
        Assert.DoesNotContain(timeline, i => i.Label?.Contains("huiswerk", StringComparison.OrdinalIgnoreCase) == true);
    }
}
