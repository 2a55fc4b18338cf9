using System.Net;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Contacts;
using PartnershipHub.Internships.Features.Hours;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

public sealed class HoursAndContactsApiTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private readonly World _world = new(fixture);

    private HttpClient Coordinator => fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    [Fact]
    public async Task Student_logs_days_trainer_approves_the_week_and_HoursApproved_is_published()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(student, company, start: true);
        var asStudent = fixture.CreateClient(TestTokens.Student(fixture.Audience, student));
        var asTrainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company));
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<HoursApproved>());

        await (await asStudent.PutJsonAsync($"/api/placements/{id}/hours/2026-09-07", new { hours = 8, description = "shelves" })).ReadAsync<HoursOverview>();
        await (await asStudent.PutJsonAsync($"/api/placements/{id}/hours/2026-09-08", new { hours = 7.5 })).ReadAsync<HoursOverview>();
        await (await asStudent.PutJsonAsync($"/api/placements/{id}/hours/2026-09-14", new { hours = 6 })).ReadAsync<HoursOverview>();
        var overview = await (await asTrainer.PostJsonAsync($"/api/placements/{id}/hours/weeks/2026-09-07/approve")).ReadAsync<HoursOverview>();

        Assert.Equal(15.5m, overview.ApprovedHours);
        Assert.Equal(21.5m, overview.LoggedHours);
        Assert.Equal(400, overview.PlannedHours);
        Assert.Equal(["approved", "open"], overview.Weeks.Select(w => w.Status));
        var e = await events.WaitForAsync<HoursApproved>(e => e.PlacementId == id);
        Assert.Equal(15.5m, e.Hours);
        Assert.Equal(new DateOnly(2026, 9, 7), e.WeekStart);
        Assert.Equal(15.5m, (await (await Coordinator.GetAsync($"/api/placements/{id}")).ReadAsync<PlacementResponse>()).ApprovedHours);

        await (await asStudent.PutJsonAsync($"/api/placements/{id}/hours/2026-09-07", new { hours = 9 })).ProblemAsync(HttpStatusCode.Conflict);
        await (await asTrainer.PostJsonAsync($"/api/placements/{id}/hours/weeks/2026-09-07/approve")).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Rejected_hours_need_a_comment_and_can_be_logged_again()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(student, company, start: true);
        var asStudent = fixture.CreateClient(TestTokens.Student(fixture.Audience, student));
        var asTrainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company));
        await (await asStudent.PutJsonAsync($"/api/placements/{id}/hours/2026-09-07", new { hours = 12 })).ReadAsync<HoursOverview>();

        await (await asTrainer.PostJsonAsync($"/api/placements/{id}/hours/weeks/2026-09-07/reject", new { })).AssertFieldErrorAsync("comment");
        var rejected = await (await asTrainer.PostJsonAsync($"/api/placements/{id}/hours/weeks/2026-09-07/reject", new { comment = "you left at 3" })).ReadAsync<HoursOverview>();
        Assert.Equal("rejected", rejected.Weeks.Single().Status);
        var again = await (await asStudent.PutJsonAsync($"/api/placements/{id}/hours/2026-09-07", new { hours = 7 })).ReadAsync<HoursOverview>();
        Assert.Equal(HoursStatus.Open, again.Weeks.Single().Days.Single().Status);
    }

    [Fact]
    public async Task Hours_are_refused_outside_the_rules_and_to_others()
    {
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var other = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(student, company, start: true);
        var signedOnly = await _world.SignedPlacementAsync(await _world.StudentAsync(), company);
        var asStudent = fixture.CreateClient(TestTokens.Student(fixture.Audience, student));

        await (await asStudent.PutJsonAsync($"/api/placements/{id}/hours/2026-09-07", new { hours = 25 })).AssertFieldErrorAsync("hours");
        await (await asStudent.PutJsonAsync($"/api/placements/{id}/hours/2025-01-01", new { hours = 5 })).AssertFieldErrorAsync("date");
        await (await asStudent.PutJsonAsync($"/api/placements/{id}/hours/not-a-date", new { hours = 5 })).AssertFieldErrorAsync("date");
        await (await Coordinator.PutJsonAsync($"/api/placements/{signedOnly}/hours/2026-09-07", new { hours = 5 })).AssertConflictAsync("agreementSigned", "start", "end-early");
        await (await asStudent.PutJsonAsync($"/api/placements/{id}/hours/2026-09-07", new { hours = 5 })).ReadAsync<HoursOverview>();
        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/hours/weeks/2026-09-08/approve")).AssertFieldErrorAsync("weekStart");

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Student(fixture.Audience, Guid.NewGuid())).PutJsonAsync($"/api/placements/{id}/hours/2026-09-08", new { hours = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company)).PutJsonAsync($"/api/placements/{id}/hours/2026-09-08", new { hours = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, other)).PostJsonAsync($"/api/placements/{id}/hours/weeks/2026-09-07/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await asStudent.PostJsonAsync($"/api/placements/{id}/hours/weeks/2026-09-07/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, other)).GetAsync($"/api/placements/{id}/hours")).StatusCode);
    }

    [Fact]
    public async Task The_placements_teacher_logs_contacts_and_ContactLogged_is_published()
    {
        var teacher = Guid.NewGuid();
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(student, company, teacher, start: true);
        var asTeacher = fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher));
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<ContactLogged>());

        var body = new { kind = "Visit", contactedAt = DateTimeOffset.UtcNow.AddDays(-1), summary = "Visited with the student", joint = true, followUp = "call in two weeks", followUpDue = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14) };
        await (await asTeacher.PostJsonAsync($"/api/placements/{id}/contacts", body)).ReadAsync<ContactResponse>(HttpStatusCode.Created);
        await (await asTeacher.PostJsonAsync($"/api/placements/{id}/contacts", body with { })).ReadAsync<ContactResponse>(HttpStatusCode.Created);
        await (await Coordinator.PostJsonAsync($"/api/placements/{id}/contacts", new { kind = "Call", contactedAt = DateTimeOffset.UtcNow, summary = "Quick call", joint = false })).ReadAsync<ContactResponse>(HttpStatusCode.Created);

        var log = await (await asTeacher.GetAsync($"/api/placements/{id}/contacts")).ReadAsync<ContactLog>();
        Assert.Equal(2, log.JointCount);
        Assert.Equal(3, log.Contacts.Count);
        var e = await events.WaitForAsync<ContactLogged>(e => e.PlacementId == id && e.Joint);
        Assert.Equal(ContactKind.Visit, e.Kind);

        await (await asTeacher.PostJsonAsync($"/api/placements/{id}/contacts", new { kind = "Visit", contactedAt = DateTimeOffset.UtcNow })).AssertFieldErrorAsync("summary");
        await (await asTeacher.PostJsonAsync($"/api/placements/{id}/contacts", new { kind = "Visit", summary = "x" })).AssertFieldErrorAsync("contactedAt");
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Teacher(fixture.Audience, Guid.NewGuid())).PostJsonAsync($"/api/placements/{id}/contacts", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, Guid.NewGuid())).PostJsonAsync($"/api/placements/{id}/contacts", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Student(fixture.Audience, student)).GetAsync($"/api/placements/{id}/contacts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company)).GetAsync($"/api/placements/{id}/contacts")).StatusCode);
    }

    [Fact]
    public async Task A_placement_without_contact_in_six_weeks_is_flagged_and_a_contact_clears_the_flag()
    {
        var teacher = Guid.NewGuid();
        var company = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(await _world.StudentAsync(), company, teacher, start: true);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementAtRisk>().Collect<PlacementRiskCleared>());

        var result = await (await Coordinator.PostJsonAsync("/api/placements/risks/no-recent-contact")).ReadAsync<NoContactCheckResult>();

        Assert.True(result.Flagged >= 1);
        var e = await events.WaitForAsync<PlacementAtRisk>(e => e.Placement.PlacementId == id);
        Assert.Equal(PlacementRisk.NoRecentContact, e.Risk);
        Assert.Contains(PlacementRisk.NoRecentContact, (await _world.LoadAsync(id)).Risks);
        await (await fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher)).PostJsonAsync($"/api/placements/{id}/contacts",
            new { kind = "Call", contactedAt = DateTimeOffset.UtcNow, summary = "catching up" })).ReadAsync<ContactResponse>(HttpStatusCode.Created);
        Assert.Empty((await _world.LoadAsync(id)).Risks);
        var cleared = await events.WaitForAsync<PlacementRiskCleared>(e => e.Placement.PlacementId == id);
        Assert.Equal(PlacementRisk.NoRecentContact, cleared.Risk);
        Assert.Empty(cleared.Placement.Risks);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher)).PostJsonAsync("/api/placements/risks/no-recent-contact")).StatusCode);
    }
}
