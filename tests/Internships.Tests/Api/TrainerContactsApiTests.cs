using System.Net;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Contacts;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

/// <summary>Both sides of the school–company line log contacts: the placement's trainer as well as its teacher.</summary>
public sealed class TrainerContactsApiTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private readonly World _world = new(fixture);

    private static object Body(string summary = "Called the teacher about the first week") =>
        new { kind = "Call", contactedAt = DateTimeOffset.UtcNow.AddHours(-2), summary, joint = false };

    [Fact]
    public async Task The_placements_trainer_logs_a_contact_as_trainer_and_it_clears_no_recent_contact()
    {
        var company = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(await _world.StudentAsync(), company, Guid.NewGuid(), start: true);
        await (await fixture.CreateClient(TestTokens.Coordinator(fixture.Audience)).PostJsonAsync("/api/placements/risks/no-recent-contact")).ReadAsync<NoContactCheckResult>();
        Assert.Contains(PlacementRisk.NoRecentContact, (await _world.LoadAsync(id)).Risks);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<ContactLogged>());
        var asTrainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company));

        var logged = await (await asTrainer.PostJsonAsync($"/api/placements/{id}/contacts", Body())).ReadAsync<ContactResponse>(HttpStatusCode.Created);

        Assert.Equal("trainer", logged.ByRole);
        Assert.Equal(ContactKind.Call, logged.Kind);
        var e = await events.WaitForAsync<ContactLogged>(e => e.PlacementId == id);
        Assert.Equal("trainer", e.LoggedByRole);
        Assert.Empty((await _world.LoadAsync(id)).Risks);
        var log = await (await asTrainer.GetAsync($"/api/placements/{id}/contacts")).ReadAsync<ContactLog>();
        Assert.Equal("Called the teacher about the first week", Assert.Single(log.Contacts).Summary);
    }

    [Fact]
    public async Task The_placements_teacher_logs_as_teacher_and_a_trainers_bad_input_names_the_field()
    {
        var teacher = Guid.NewGuid();
        var company = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(await _world.StudentAsync(), company, teacher, start: true);

        var logged = await (await fixture.CreateClient(TestTokens.Teacher(fixture.Audience, teacher)).PostJsonAsync($"/api/placements/{id}/contacts", Body()))
            .ReadAsync<ContactResponse>(HttpStatusCode.Created);
        Assert.Equal("teacher", logged.ByRole);
        Assert.Equal(teacher, logged.ByStaffId);

        var asTrainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company));
        await (await asTrainer.PostJsonAsync($"/api/placements/{id}/contacts", Body(summary: " "))).AssertFieldErrorAsync("summary");
        await (await asTrainer.PostJsonAsync($"/api/placements/{id}/contacts", new { contactedAt = DateTimeOffset.UtcNow, summary = "x" })).AssertFieldErrorAsync("kind");
        await (await asTrainer.PostJsonAsync($"/api/placements/{id}/contacts", new { kind = "Visit", contactedAt = DateTimeOffset.UtcNow.AddDays(2), summary = "x" })).AssertFieldErrorAsync("contactedAt");
    }

    [Fact]
    public async Task Others_are_refused_and_an_unknown_placement_is_not_found()
    {
        var teacher = Guid.NewGuid();
        var student = await _world.StudentAsync();
        var company = await _world.CompanyAsync();
        var other = await _world.CompanyAsync();
        var id = await _world.SignedPlacementAsync(student, company, teacher, start: true);

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, other)).PostJsonAsync($"/api/placements/{id}/contacts", Body())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Teacher(fixture.Audience, Guid.NewGuid())).PostJsonAsync($"/api/placements/{id}/contacts", Body())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Student(fixture.Audience, student)).PostJsonAsync($"/api/placements/{id}/contacts", Body())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, other)).GetAsync($"/api/placements/{id}/contacts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company)).PostJsonAsync($"/api/placements/{Guid.NewGuid()}/contacts", Body())).StatusCode);
    }
}
