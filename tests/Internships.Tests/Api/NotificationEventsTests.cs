using System.Net;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Assignments;
using PartnershipHub.Internships.Features.Contacts;
using PartnershipHub.Internships.Features.Hours;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

/// <summary>The events Notifications reads from Internships (each step, signature and week), as they arrive on the broker.</summary>
public sealed class NotificationEventsTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private readonly World _world = new(fixture);

    private HttpClient Coordinator => fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    private static object Draft(string title = "Shelf plan") =>
        new { title, description = "Plan one aisle's shelves with the team.", criterionKeys = new[] { "collaboration" }, workProcesses = new[] { "B1-K1-W2" }, dueDate = "2026-10-01" };

    private static object Sign(string party, string method = "Portal", string? scan = null) =>
        new { party, method, signerName = "Someone", scanReference = scan };

    [Fact]
    public async Task Every_assignment_step_publishes_AssignmentStatusChanged_with_the_role_that_made_it()
    {
        var teacher = Guid.NewGuid();
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var other = await _world.CompanyAsync();
        var placement = await _world.SignedPlacementAsync(student, company, teacher, start: true);
        var asTeacher = fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher));
        var asTrainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company));
        var asStudent = fixture.CreateClient(TestTokens.Student(fixture.Audience, student));
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AssignmentStatusChanged>().Collect<AssignmentAgreed>());

        var draft = await (await asTeacher.PostJsonAsync($"/api/placements/{placement}/assignments", Draft())).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var url = $"/api/assignments/{draft.Id}";
        await (await asTrainer.PostJsonAsync($"{url}/request-change", new { comment = "Half an aisle is enough" })).ReadAsync<AssignmentResponse>();
        await (await asTeacher.PutJsonAsync(url, Draft("Half-aisle shelf plan"))).ReadAsync<AssignmentResponse>();
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, other)).PostJsonAsync($"{url}/confirm")).StatusCode);
        await (await asTrainer.PostJsonAsync($"{url}/confirm")).ReadAsync<AssignmentResponse>();
        await (await asStudent.PostJsonAsync($"{url}/start")).ReadAsync<AssignmentResponse>();
        await (await asStudent.PostJsonAsync($"{url}/submit", new { evidence = "photos", reflection = "learned to plan" })).ReadAsync<AssignmentResponse>();
        await (await asTrainer.PostJsonAsync($"{url}/return", new { feedback = "add price labels" })).ReadAsync<AssignmentResponse>();
        await (await asStudent.PostJsonAsync($"{url}/submit", new { evidence = "photos with labels", reflection = "better" })).ReadAsync<AssignmentResponse>();
        await (await asTrainer.PostJsonAsync($"{url}/sign-off", new { feedback = "well done" })).ReadAsync<AssignmentResponse>();
        var reviewed = await (await asTeacher.PostJsonAsync($"{url}/review", new { note = "discussed in class" })).ReadAsync<AssignmentResponse>();

        var changes = new List<AssignmentStatusChanged>();
        for (var version = 1; version <= 10; version++)
        {
            var v = version;
            changes.Add(await events.WaitForAsync<AssignmentStatusChanged>(e => e.Assignment.AssignmentId == draft.Id && e.Version == v));
        }

        Assert.Equal(
            [AssignmentStatus.Draft, AssignmentStatus.ChangeRequested, AssignmentStatus.Draft, AssignmentStatus.Agreed, AssignmentStatus.InProgress,
             AssignmentStatus.Submitted, AssignmentStatus.Returned, AssignmentStatus.Submitted, AssignmentStatus.SignedOff, AssignmentStatus.Reviewed],
            changes.Select(e => e.Assignment.Status));
        Assert.Equal(["teacher", "trainer", "teacher", "trainer", "student", "student", "trainer", "student", "trainer", "teacher"], changes.Select(e => e.ChangedByRole));
        Assert.Equal(reviewed.Steps.Select(s => s.At), changes.Select(e => e.ChangedAt));
        Assert.All(changes, e => Assert.Equal((placement, student, company), (e.Assignment.PlacementId, e.Assignment.StudentId, e.Assignment.CompanyId)));
        Assert.Equal("Half-aisle shelf plan", changes[^1].Assignment.Title);
        // The older, narrower event still comes beside it; the refused confirmation published nothing.
        Assert.Equal(4, (await events.WaitForAsync<AssignmentAgreed>(e => e.Assignment.AssignmentId == draft.Id)).Version);
        Assert.Equal(10, events.All<AssignmentStatusChanged>().Count(e => e.Assignment.AssignmentId == draft.Id));
    }

    [Fact]
    public async Task A_coordinator_acting_for_the_school_is_named_as_coordinator()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var placement = await _world.SignedPlacementAsync(student, company, start: true);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AssignmentStatusChanged>());

        var draft = await (await Coordinator.PostJsonAsync($"/api/placements/{placement}/assignments", Draft())).ReadAsync<AssignmentResponse>(HttpStatusCode.Created);
        var drafted = await events.WaitForAsync<AssignmentStatusChanged>(e => e.Assignment.AssignmentId == draft.Id);
        Assert.Equal("coordinator", drafted.ChangedByRole);
        Assert.Equal(AssignmentStatus.Draft, drafted.Assignment.Status);
        Assert.Equal(1, drafted.Version);
    }

    [Fact]
    public async Task Each_signature_publishes_AgreementSignatureRecorded_with_the_parties_still_missing()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var otherCompany = await _world.CompanyAsync();
        var id = await _world.PlacementAsync(student, company);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AgreementSignatureRecorded>());
        var url = $"/api/placements/{id}/agreement/signatures";

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, otherCompany)).PostJsonAsync(url, Sign("Company"))).StatusCode);
        await (await fixture.CreateClient(TestTokens.Student(fixture.Audience, student)).PostJsonAsync(url, Sign("Student"))).ReadAsync<AgreementResponse>();
        await (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company)).PostJsonAsync(url, Sign("Company"))).ReadAsync<AgreementResponse>();
        var signed = await (await Coordinator.PostJsonAsync(url, Sign("School"))).ReadAsync<AgreementResponse>();

        var byStudent = await events.WaitForAsync<AgreementSignatureRecorded>(e => e.PlacementId == id && e.Party == "student");
        Assert.Equal(["school", "company"], byStudent.MissingParties);
        Assert.Equal((student, company), (byStudent.StudentId, byStudent.CompanyId));
        var byCompany = await events.WaitForAsync<AgreementSignatureRecorded>(e => e.PlacementId == id && e.Party == "company");
        Assert.Equal(["school"], byCompany.MissingParties);
        var bySchool = await events.WaitForAsync<AgreementSignatureRecorded>(e => e.PlacementId == id && e.Party == "school");
        Assert.Empty(bySchool.MissingParties);
        Assert.Equal(signed.Signatures.Single(s => s.Party == AgreementParty.School).SignedAt, bySchool.SignedAt);
        Assert.Equal(3, events.All<AgreementSignatureRecorded>().Count(e => e.PlacementId == id));
    }

    [Fact]
    public async Task Logging_and_correcting_hours_publish_HoursLogged_for_the_week_and_rejecting_a_week_HoursRejected()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(student, company, start: true);
        var asStudent = fixture.CreateClient(TestTokens.Student(fixture.Audience, student));
        var asTrainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company));
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<HoursLogged>().Collect<HoursRejected>());
        var hours = $"/api/placements/{id}/hours";
        var monday = new DateOnly(2026, 9, 7);

        var before = DateTimeOffset.UtcNow;
        await (await asStudent.PutJsonAsync($"{hours}/2026-09-13", new { hours = 4 })).ReadAsync<HoursOverview>();
        var sunday = await events.WaitForAsync<HoursLogged>(e => e.PlacementId == id && e.Date == new DateOnly(2026, 9, 13));
        Assert.Equal(monday, sunday.WeekStart);
        Assert.Equal(4m, sunday.Hours);
        Assert.Equal((student, company), (sunday.StudentId, sunday.CompanyId));
        Assert.InRange(sunday.LoggedAt, before, DateTimeOffset.UtcNow);

        await (await asStudent.PutJsonAsync($"{hours}/2026-09-07", new { hours = 12 })).ReadAsync<HoursOverview>();
        Assert.Equal(monday, (await events.WaitForAsync<HoursLogged>(e => e.PlacementId == id && e.Date == monday && e.Hours == 12m)).WeekStart);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, Guid.NewGuid())).PostJsonAsync($"{hours}/weeks/2026-09-07/reject", new { comment = "no" })).StatusCode);
        before = DateTimeOffset.UtcNow;
        await (await asTrainer.PostJsonAsync($"{hours}/weeks/2026-09-07/reject", new { comment = "you left at 3" })).ReadAsync<HoursOverview>();
        var rejected = await events.WaitForAsync<HoursRejected>(e => e.PlacementId == id);
        Assert.Equal(monday, rejected.WeekStart);
        Assert.Equal((student, company), (rejected.StudentId, rejected.CompanyId));
        Assert.InRange(rejected.RejectedAt, before, DateTimeOffset.UtcNow);

        // Logged again after the rejection, approved, then corrected: each waits for the trainer again.
        await (await asStudent.PutJsonAsync($"{hours}/2026-09-07", new { hours = 7 })).ReadAsync<HoursOverview>();
        await events.WaitForAsync<HoursLogged>(e => e.PlacementId == id && e.Date == monday && e.Hours == 7m);
        await (await asTrainer.PostJsonAsync($"{hours}/weeks/2026-09-07/approve")).ReadAsync<HoursOverview>();
        await (await asStudent.PostJsonAsync($"{hours}/2026-09-07/corrections", new { hours = 6.5m })).ReadAsync<HoursOverview>();
        var corrected = await events.WaitForAsync<HoursLogged>(e => e.PlacementId == id && e.Date == monday && e.Hours == 6.5m);
        Assert.Equal(monday, corrected.WeekStart);

        // A day before the placement's first Monday belongs to the week starting that Monday, before the placement.
        await (await asStudent.PutJsonAsync($"{hours}/2026-09-01", new { hours = 8 })).ReadAsync<HoursOverview>();
        Assert.Equal(new DateOnly(2026, 8, 31), (await events.WaitForAsync<HoursLogged>(e => e.PlacementId == id && e.Date == new DateOnly(2026, 9, 1))).WeekStart);
        Assert.Single(events.All<HoursRejected>(), e => e.PlacementId == id);
    }

    [Fact]
    public async Task ContactLogged_names_the_role_of_who_logged_it()
    {
        var teacher = Guid.NewGuid();
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(student, company, teacher, start: true);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<ContactLogged>());

        var byTeacher = await (await fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher)).PostJsonAsync($"/api/placements/{id}/contacts",
            new { kind = "Visit", contactedAt = DateTimeOffset.UtcNow.AddHours(-2), summary = "Visited", joint = true })).ReadAsync<ContactResponse>(HttpStatusCode.Created);
        var byCoordinator = await (await Coordinator.PostJsonAsync($"/api/placements/{id}/contacts",
            new { kind = "Call", contactedAt = DateTimeOffset.UtcNow.AddHours(-1), summary = "Quick call", joint = false })).ReadAsync<ContactResponse>(HttpStatusCode.Created);

        Assert.Equal("teacher", (await events.WaitForAsync<ContactLogged>(e => e.ContactId == byTeacher.Id)).LoggedByRole);
        Assert.Equal("coordinator", (await events.WaitForAsync<ContactLogged>(e => e.ContactId == byCoordinator.Id)).LoggedByRole);
    }
}
