using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Messaging;

public sealed class DemoSeedTests(GuidanceDemoFixture fixture) : IClassFixture<GuidanceDemoFixture>
{
    // The ids every service's demo seed shares (ServiceDefaults' DemoIds).
    private static readonly Guid MentorA001 = DemoIds.Mentor;
    private static readonly Guid MentorA002 = DemoIds.Mentors[1];
    private static readonly Guid Company = DemoIds.Company;
    private static readonly Guid TeacherA101 = DemoIds.Teacher;
    private static readonly Guid Trainer = DemoIds.Trainer;

    private static Guid Student(int n) => DemoIds.StudentId(n);

    [Fact]
    public async Task Demo_seed_waits_for_the_students_then_fills_every_role_and_a_mixed_caseload()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AttitudeAssessmentSubmitted>().Collect<PlanUpdated>());
        await using var publisher = await TestPublisher.StartAsync(fixture.Broker.ConnectionString);
        for (var n = 1; n <= 40; n++)
        {
            var enrolment = new Enrolment(Guid.NewGuid(), "25258", "Verkoper", 2, LearningRoute.Bol, new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), "Retail");
            await publisher.PublishAsync(new StudentEnrolled(Student(n), $"9{n:00000}", "Demo", $"Student {n}", new DateOnly(2009, 1, 1), null, null, null, null,
                "2025-VK2", enrolment, n <= 30 ? MentorA001 : MentorA002, 1));
        }

        var b001 = Student(1);
        await Eventually.WaitAsync(() => fixture.InDatabaseAsync(db => db.Assessments.CountAsync(a => a.StudentId == b001)), c => c >= 8, TimeSpan.FromSeconds(60), "school assessments of b001");

        // Internships' placement for b001 arrives later, with the demo teacher its seed puts on every placement; the
        // trainer's assessments follow.
        var placement = new PlacementSnapshot(Guid.NewGuid(), b001, Company, "Demo Supermarkt", Guid.NewGuid(), Trainer, "25258", LearningRoute.Bol, Guid.NewGuid(),
            DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(100)), 400, PlacementStatus.Active, [], TeacherA101);
        await publisher.PublishAsync(new PlacementStarted(placement, placement.StartDate, 3));
        var roles = await Eventually.WaitAsync(
            () => fixture.InDatabaseAsync(db => db.Assessments.Where(a => a.StudentId == b001).Select(a => a.Role).Distinct().ToListAsync()),
            r => r.Contains(AssessorRole.Trainer), TimeSpan.FromSeconds(60), "trainer assessment of b001");
        Assert.Equal(5, roles.Count);

        var caseload = await (await fixture.CreateClient(TestTokens.Mentor(fixture.Audience, MentorA001)).GetAsync("/api/mentors/me/students")).ReadAsync<List<CaseloadLine>>();
        Assert.Equal(30, caseload.Count);
        Assert.Equal(3, caseload.Select(l => l.TrafficLight).Distinct().Count());
        Assert.Contains(await fixture.InDatabaseAsync(db => db.Signals.Select(s => s.Rule).Distinct().ToListAsync()), r => r == SignalRule.ReviewOverdue);
        Assert.Equal(36 * 8 + 2, await fixture.InDatabaseAsync(db => db.Assessments.CountAsync()));

        // The placement makes the demo teacher b001's teacher (the portal's co-assess flow); b002 has no placement of theirs.
        var teacher = fixture.CreateClient(TestTokens.Teacher(fixture.Audience, TeacherA101));
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/api/students/{b001}/progress")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync($"/api/students/{Student(2)}/progress")).StatusCode);

        // The seed publishes what the API publishes: every submitted assessment, with its levels, and every plan with its goals.
        var seeded = await fixture.InDatabaseAsync(db => db.Assessments.AsNoTracking().ToListAsync());
        await Eventually.WaitUntilAsync(() => events.All<AttitudeAssessmentSubmitted>().Select(e => e.AssessmentId).Distinct().Count() >= seeded.Count,
            "an AttitudeAssessmentSubmitted per seeded assessment", TimeSpan.FromSeconds(60));
        Assert.Equal(seeded.Select(a => a.Id).Order(), events.All<AttitudeAssessmentSubmitted>().Select(e => e.AssessmentId).Distinct().Order());
        AttitudeAssessmentSubmitted Published(Guid id) => events.All<AttitudeAssessmentSubmitted>().First(e => e.AssessmentId == id);

        // b004's peer did not observe one criterion: seven levels, not eight.
        var peerOfB004 = seeded.Where(a => a.StudentId == Student(4) && a.Role == AssessorRole.Peer).ToList();
        Assert.NotEmpty(peerOfB004);
        Assert.All(peerOfB004, a => Assert.Equal(
            [.. a.Ratings.Where(r => r.Level != AttitudeLevel.NotObserved).Select(r => r.CriterionKey)], Published(a.Id).Levels!.Select(l => l.CriterionKey)));
        Assert.All(peerOfB004, a => Assert.Equal(7, Published(a.Id).Levels!.Count));

        // b002 rates themself strong (4) where school sees developing (2): in each period the self-assessment, submitted
        // first, has nothing to differ from; the teacher's, after it, differs on every criterion.
        var b002 = seeded.Where(a => a.StudentId == Student(2)).OrderBy(a => a.SubmittedAt).ToList();
        var firstSelf = Published(b002.First(a => a.Role == AssessorRole.Self).Id);
        Assert.Empty(firstSelf.DiscrepantCriteria);
        Assert.All(firstSelf.Levels!, l => Assert.Equal(4, l.Level));
        var firstTeacher = Published(b002.First(a => a.Role == AssessorRole.Teacher).Id);
        Assert.Equal(8, firstTeacher.DiscrepantCriteria.Count);
        Assert.All(firstTeacher.Levels!, l => Assert.Equal(2, l.Level));
        Assert.Equal(DemoIds.Teacher, firstTeacher.AssessorStaffId);

        // b001's trainer assessments (added when the placement arrived) are published in its placement's context.
        Assert.All(seeded.Where(a => a.StudentId == b001 && a.Role == AssessorRole.Trainer), a => Assert.Equal(placement.PlacementId, Published(a.Id).PlacementId));

        var plans = await Eventually.WaitAsync(() => Task.FromResult(events.All<PlanUpdated>().ToList()), p => p.Select(e => e.StudentId).Distinct().Count() == 36,
            TimeSpan.FromSeconds(30), "a PlanUpdated per demo student");
        Assert.All(plans, p => Assert.Equal(["attitude", "attitude", "structure"], p.Goals!.Select(g => g.Area)));
        Assert.All(plans, p => Assert.All(p.Goals!, g => Assert.Equal("open", g.Status)));
    }
}
