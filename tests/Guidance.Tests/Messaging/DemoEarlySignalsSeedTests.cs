using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Absence;
using PartnershipHub.Guidance.Features.Concerns;
using PartnershipHub.Guidance.Features.HelpRequests;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Messaging;

/// <summary>
/// The demo's early signals (#21): help requests, a trainer's concern, rising absence and a manual signal, written by the
/// demo seed once the other services' demo copies arrive, and not again at the next start.
/// </summary>
public sealed class DemoEarlySignalsSeedTests(GuidanceDemoFixture fixture) : IClassFixture<GuidanceDemoFixture>
{
    private static readonly SemaphoreSlim ArrivalGate = new(1, 1);
    private static Guid? _placementId;

    private static Guid Student(int n) => DemoIds.StudentId(n);

    [Fact]
    public async Task Demo_seed_gives_the_demo_people_help_requests_a_concern_rising_absence_and_a_manual_signal()
    {
        var placementId = await ArriveAsync();
        var mentor = fixture.CreateClient(TestTokens.Mentor(fixture.Audience, DemoIds.Mentor));

        // student@demo's question, answered by mentor@demo; the student reads the answer.
        var own = await (await fixture.CreateClient(TestTokens.Student(fixture.Audience, Student(1))).GetAsync($"/api/students/{Student(1)}/help-requests"))
            .ReadAsync<List<HelpRequestResponse>>();
        var answered = Assert.Single(own);
        Assert.Equal(HelpRequestStatus.Answered, answered.Status);
        Assert.False(answered.Private);
        Assert.Equal(DemoIds.Mentor.ToString(), answered.AnsweredBy);
        Assert.False(string.IsNullOrWhiteSpace(answered.Answer));
        Assert.True(answered.AskedAt < answered.AnsweredAt && answered.AnsweredAt < DateTimeOffset.UtcNow);

        // Another mentee's private request waits; the mentor reads it, a coordinator does not.
        var privateOnes = await (await mentor.GetAsync($"/api/students/{Student(4)}/help-requests")).ReadAsync<List<HelpRequestResponse>>();
        var waiting = Assert.Single(privateOnes);
        Assert.True(waiting.Private);
        Assert.Equal(HelpRequestStatus.Open, waiting.Status);
        var coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience, DemoIds.Coordinator));
        Assert.Empty(await (await coordinator.GetAsync($"/api/students/{Student(4)}/help-requests")).ReadAsync<List<HelpRequestResponse>>());

        // The trainer's concern about b001, answered by the mentor: the trainer reads the answer back.
        var trainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, DemoIds.Company));
        var concern = Assert.Single(await (await trainer.GetAsync($"/api/placements/{placementId}/concerns")).ReadAsync<List<ConcernResponse>>());
        Assert.Equal(WorkplaceConcernStatus.Answered, concern.Status);
        Assert.Equal(WorkplaceConcernKind.Lateness, concern.Kind);
        Assert.False(concern.Urgent);
        Assert.Equal(DemoIds.Trainer.ToString(), concern.RaisedBy);
        Assert.False(string.IsNullOrWhiteSpace(concern.Answer));

        // b003: unauthorised school absence rising over the last three weeks (2, 4, 6 hours), which the rule signals,
        // and care@demo's signal by hand.
        var absence = await (await mentor.GetAsync($"/api/students/{Student(3)}/absences?weeks=4")).ReadAsync<StudentAbsenceResponse>();
        Assert.Equal(4, absence.School.Count);
        Assert.All(absence.School, a => Assert.False(a.Authorised));
        var currentWeek = AbsenceSignalRule.WeekStart(DateOnly.FromDateTime(DateTime.UtcNow));
        Assert.Equal([6m, 4m, 2m], absence.Weeks.OrderByDescending(w => w.WeekStart).Select(w => w.UnauthorisedHours).ToList());
        Assert.Equal(currentWeek, absence.Weeks.Max(w => w.WeekStart));
        var signals = await (await mentor.GetAsync($"/api/students/{Student(3)}/signals")).ReadAsync<List<SignalResponse>>();
        Assert.Contains(signals, s => s.Rule == SignalRule.AbsenceRising);
        var manual = Assert.Single(signals, s => s.Rule == SignalRule.Manual);
        Assert.Equal(DemoIds.Care.ToString(), manual.RaisedBy);

        // The caseload shows the waiting request on b004's line; b001's concern is answered, so none waits there.
        var caseload = await (await mentor.GetAsync("/api/mentors/me/students")).ReadAsync<List<CaseloadLine>>();
        Assert.Equal(1, caseload.Single(l => l.StudentId == Student(4)).OpenHelpRequests);
        var b001 = caseload.Single(l => l.StudentId == Student(1));
        Assert.Equal(0, b001.OpenHelpRequests);
        Assert.Equal(0, b001.OpenConcerns);
    }

    [Fact]
    public async Task A_second_start_of_the_demo_seed_changes_nothing()
    {
        await ArriveAsync();
        var before = await CountsAsync();

        // A new seed instance is what the next start of the service runs.
        var registered = fixture.Factory.Services.GetServices<IStartupSeed>().Single(s => s.Name == "guidance-demo");
        var restarted = (IStartupSeed)ActivatorUtilities.CreateInstance(fixture.Factory.Services, registered.GetType());
        var outcome = SeedOutcome.NotReady;
        for (var attempt = 0; attempt < 3 && outcome != SeedOutcome.Done; attempt++)
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            outcome = await restarted.RunAsync(scope.ServiceProvider, CancellationToken.None);
        }

        Assert.Equal(SeedOutcome.Done, outcome);
        Assert.Equal(before, await CountsAsync());
    }

    /// <summary>Publishes the demo students and b001's placement once per fixture, and waits for the seed's last part.</summary>
    private async Task<Guid> ArriveAsync()
    {
        await ArrivalGate.WaitAsync();
        try
        {
            if (_placementId is null)
            {
                await using var publisher = await TestPublisher.StartAsync(fixture.Broker.ConnectionString);
                for (var n = 1; n <= GuidanceSeedStudents; n++)
                {
                    var enrolment = new Enrolment(Guid.NewGuid(), "25258", "Verkoper", 2, LearningRoute.Bol, new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), "Retail");
                    await publisher.PublishAsync(new StudentEnrolled(Student(n), $"9{n:00000}", "Demo", $"Student {n}", new DateOnly(2009, 1, 1), null, null, null, null,
                        "2025-VK2", enrolment, n <= 30 ? DemoIds.Mentor : DemoIds.Mentors[1], 1));
                }

                var placement = new PlacementSnapshot(Guid.NewGuid(), Student(1), DemoIds.Company, "Demo Supermarkt", Guid.NewGuid(), DemoIds.Trainer, "25258", LearningRoute.Bol,
                    Guid.NewGuid(), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(100)), 400, PlacementStatus.Active, [], DemoIds.Teacher);
                await publisher.PublishAsync(new PlacementStarted(placement, placement.StartDate, 3));
                _placementId = placement.PlacementId;
            }
        }
        finally
        {
            ArrivalGate.Release();
        }

        await Eventually.WaitUntilAsync(() => fixture.InDatabaseAsync(db => db.WorkplaceConcerns.AnyAsync(c => c.StudentId == Student(1))),
            "the demo concern about b001", TimeSpan.FromSeconds(120));
        return _placementId.Value;
    }

    private const int GuidanceSeedStudents = 36;

    private Task<(int HelpRequests, int Concerns, int Absences, int Signals, int Assessments, int AccessLog)> CountsAsync() =>
        fixture.InDatabaseAsync(async db => (
            await db.HelpRequests.CountAsync(),
            await db.WorkplaceConcerns.CountAsync(),
            await db.SchoolAbsences.CountAsync(),
            await db.Signals.CountAsync(),
            await db.Assessments.CountAsync(),
            await db.HelpRequestAccessLog.CountAsync()));
}
