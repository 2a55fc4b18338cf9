using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Messaging;

/// <summary>
/// The mentor sees every assignment the trainer sees: a drafted one (waiting for the trainer's confirmation) or one the
/// trainer asked to change came only through <see cref="AssignmentStatusChanged"/>, which Guidance did not read.
/// </summary>
public sealed class AssignmentStatusChangedTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>, IAsyncLifetime
{
    private TestPublisher _publisher = null!;

    public async Task InitializeAsync() => _publisher = await TestPublisher.StartAsync(fixture.Broker.ConnectionString);

    public async Task DisposeAsync() => await _publisher.DisposeAsync();

    [Fact]
    public async Task A_drafted_and_a_change_requested_assignment_show_beside_an_agreed_one()
    {
        var mentor = Guid.NewGuid();
        var student = Guid.NewGuid();
        var placement = Guid.NewGuid();
        var company = Guid.NewGuid();
        await _publisher.PublishAsync(new StudentEnrolled(student, "900321", "Sanne", "Jansen", new DateOnly(2009, 3, 14), null, "3511 AB", null, null, "2025-VK2",
            new Enrolment(Guid.NewGuid(), "25258", "Verkoper", 2, LearningRoute.Bol, new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), "Retail"), mentor, 1));
        var first = new AssignmentSnapshot(Guid.NewGuid(), placement, student, company, "Klantgesprek", ["communication"], new DateOnly(2026, 10, 1), AssignmentStatus.Draft);
        var second = new AssignmentSnapshot(Guid.NewGuid(), placement, student, company, "Schap inrichten", ["initiative"], new DateOnly(2026, 11, 1), AssignmentStatus.Draft);
        var third = new AssignmentSnapshot(Guid.NewGuid(), placement, student, company, "Kassa opmaken", ["care-safety"], new DateOnly(2026, 12, 1), AssignmentStatus.Draft);
        // As Internships publishes them: a status change for every step, the narrower event beside the agreement.
        await _publisher.PublishAsync(new AssignmentStatusChanged(first, "teacher", DateTimeOffset.UtcNow, 1));
        await _publisher.PublishAsync(new AssignmentAgreed(first with { Status = AssignmentStatus.Agreed }, Guid.NewGuid(), 2));
        await _publisher.PublishAsync(new AssignmentStatusChanged(first with { Status = AssignmentStatus.Agreed }, "trainer", DateTimeOffset.UtcNow, 2));
        await _publisher.PublishAsync(new AssignmentStatusChanged(second, "teacher", DateTimeOffset.UtcNow, 1));
        await _publisher.PublishAsync(new AssignmentStatusChanged(second with { Status = AssignmentStatus.ChangeRequested }, "trainer", DateTimeOffset.UtcNow, 2));
        await _publisher.PublishAsync(new AssignmentStatusChanged(third, "teacher", DateTimeOffset.UtcNow, 1));

        var client = fixture.Mentor(mentor);
        var progress = await Eventually.WaitAsync(async () =>
        {
            var response = await client.GetAsync($"/api/students/{student}/progress");
            return response.IsSuccessStatusCode ? await response.ReadAsync<ProgressResponse>() : null;
        }, p => p?.Assignments.Items.Count == 3 && p.Assignments.Items.Any(a => a.Status == AssignmentStatus.ChangeRequested), what: "every assignment in progress");

        Assert.Equal(AssignmentStatus.Agreed, progress!.Assignments.Items.Single(a => a.Title == "Klantgesprek").Status);
        Assert.Equal(AssignmentStatus.ChangeRequested, progress.Assignments.Items.Single(a => a.Title == "Schap inrichten").Status);
        Assert.Equal(AssignmentStatus.Draft, progress.Assignments.Items.Single(a => a.Title == "Kassa opmaken").Status);
    }
}
