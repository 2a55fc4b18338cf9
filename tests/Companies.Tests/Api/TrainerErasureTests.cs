using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Features.Trainers;
using PartnershipHub.Companies.Security;
using PartnershipHub.Contracts;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

/// <summary>Right to erasure for a workplace trainer: the person goes, the record's id stays.</summary>
public sealed class TrainerErasureTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    private readonly HttpClient _coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    [Fact]
    public async Task Erasing_a_trainer_forgets_the_person_and_publishes_the_departure_then_the_erasure()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var trainer = await RegisterAsync(company.Id, "anna@erase.example", "06-12345678");
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<TrainerDeactivated>().Collect<TrainerErased>());

        var response = await _coordinator.PostAsync($"/api/companies/{company.Id}/trainers/{trainer.Id}/erase", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var erased = Assert.Single(await ListAsync(company.Id), t => t.Id == trainer.Id);
        Assert.True(erased.Erased);
        Assert.Equal("", erased.Name);
        Assert.Equal("", erased.Email);
        Assert.Null(erased.Phone);
        Assert.False(erased.Active);
        Assert.Equal(["25662"], erased.Crebos);

        var departed = await events.WaitForAsync<TrainerDeactivated>(e => e.TrainerId == trainer.Id);
        var forgotten = await events.WaitForAsync<TrainerErased>(e => e.TrainerId == trainer.Id);
        Assert.Equal(company.Id, forgotten.CompanyId);
        Assert.True(forgotten.Version > departed.Version);

        // Nothing of the person is left in the row: the stored e-mail is no address and names no one.
        var row = await fixture.InDatabaseAsync(db => db.Trainers.AsNoTracking().SingleAsync(t => t.Id == trainer.Id));
        Assert.DoesNotContain("anna", row.Email + row.Name, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('@', row.Email);
        Assert.Null(row.Phone);
    }

    [Fact]
    public async Task Erasing_again_changes_and_publishes_nothing()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var trainer = await RegisterAsync(company.Id, "twice@erase.example", null);

        var first = await _coordinator.PostAsync($"/api/companies/{company.Id}/trainers/{trainer.Id}/erase", null);
        var versionAfterFirst = await CompanyVersionAsync(company.Id);
        var second = await _coordinator.PostAsync($"/api/companies/{company.Id}/trainers/{trainer.Id}/erase", null);

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(versionAfterFirst, await CompanyVersionAsync(company.Id));
        Assert.Equal(1, await OutboxCountAsync(nameof(TrainerErased), trainer.Id));
        Assert.Equal(1, await OutboxCountAsync(nameof(TrainerDeactivated), trainer.Id));
    }

    [Fact]
    public async Task An_inactive_trainer_is_erased_without_a_second_departure()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var trainer = await RegisterAsync(company.Id, "inactive@erase.example", null);
        (await _coordinator.PutAsJsonAsync(
            $"/api/companies/{company.Id}/trainers/{trainer.Id}", new TrainerRequest(null, null, null, null, null, false), TestData.Json)).EnsureSuccessStatusCode();

        var response = await _coordinator.PostAsync($"/api/companies/{company.Id}/trainers/{trainer.Id}/erase", null);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(1, await OutboxCountAsync(nameof(TrainerDeactivated), trainer.Id));
        Assert.Equal(1, await OutboxCountAsync(nameof(TrainerErased), trainer.Id));
    }

    [Fact]
    public async Task Only_a_coordinator_erases_and_unknown_ids_give_404()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var other = await TestData.RegisterAsync(_coordinator);
        var trainer = await RegisterAsync(company.Id, "self@erase.example", null);
        var themself = fixture.CreateClient(TestTokens.For(
            fixture.Audience, Roles.Trainer, (ClaimNames.CompanyId, company.Id.ToString()), (CompanyAccess.EmailClaim, "self@erase.example")));
        var @operator = fixture.CreateClient(TestTokens.Operator(fixture.Audience));
        var care = fixture.CreateClient(TestTokens.Care(fixture.Audience, Guid.NewGuid()));

        var byThemself = await themself.PostAsync($"/api/companies/{company.Id}/trainers/{trainer.Id}/erase", null);
        var byOperator = await @operator.PostAsync($"/api/companies/{company.Id}/trainers/{trainer.Id}/erase", null);
        var byCare = await care.PostAsync($"/api/companies/{company.Id}/trainers/{trainer.Id}/erase", null);
        var unknownTrainer = await _coordinator.PostAsync($"/api/companies/{company.Id}/trainers/{Guid.NewGuid()}/erase", null);
        var unknownCompany = await _coordinator.PostAsync($"/api/companies/{Guid.NewGuid()}/trainers/{trainer.Id}/erase", null);
        var wrongCompany = await _coordinator.PostAsync($"/api/companies/{other.Id}/trainers/{trainer.Id}/erase", null);

        Assert.Equal(HttpStatusCode.Forbidden, byThemself.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOperator.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byCare.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownTrainer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCompany.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongCompany.StatusCode);
        var untouched = Assert.Single(await ListAsync(company.Id));
        Assert.False(untouched.Erased);
        Assert.Equal("self@erase.example", untouched.Email);
        Assert.Equal(0, await OutboxCountAsync(nameof(TrainerErased), trainer.Id));
    }

    [Fact]
    public async Task An_erased_trainer_cannot_be_changed_but_the_person_can_be_registered_again_as_a_new_trainer()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var trainer = await RegisterAsync(company.Id, "back@erase.example", null);
        (await _coordinator.PostAsync($"/api/companies/{company.Id}/trainers/{trainer.Id}/erase", null)).EnsureSuccessStatusCode();
        var formerSelf = fixture.CreateClient(TestTokens.For(
            fixture.Audience, Roles.Trainer, (ClaimNames.CompanyId, company.Id.ToString()), (CompanyAccess.EmailClaim, "back@erase.example")));

        var revive = await _coordinator.PutAsJsonAsync(
            $"/api/companies/{company.Id}/trainers/{trainer.Id}", new TrainerRequest("Back", "back@erase.example", null, ["25662"], 2, true), TestData.Json);
        var rename = await _coordinator.PutAsJsonAsync(
            $"/api/companies/{company.Id}/trainers/{trainer.Id}", new TrainerRequest("Someone", null, null, null, null, null), TestData.Json);
        var byFormerSelf = await formerSelf.PutAsJsonAsync(
            $"/api/companies/{company.Id}/trainers/{trainer.Id}", new TrainerRequest("Back", null, null, null, null, null), TestData.Json);
        var again = await _coordinator.PostAsJsonAsync(
            $"/api/companies/{company.Id}/trainers", new TrainerRequest("Back", "back@erase.example", null, ["25662"], 2, true), TestData.Json);

        Assert.Equal(ConflictRules.TrainerErased, (await revive.ProblemAsync()).Rule);
        Assert.Equal(HttpStatusCode.Conflict, revive.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, rename.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byFormerSelf.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.NotEqual(trainer.Id, (await again.ReadAsync<TrainerResponse>()).Id);
        // Only the first registration was ever published for the erased id.
        Assert.Equal(1, await OutboxCountAsync(nameof(TrainerRegistered), trainer.Id));
        Assert.True((await ListAsync(company.Id)).Single(t => t.Id == trainer.Id).Erased);
    }

    private async Task<TrainerResponse> RegisterAsync(Guid companyId, string email, string? phone)
    {
        var response = await _coordinator.PostAsJsonAsync(
            $"/api/companies/{companyId}/trainers", new TrainerRequest("Anna de Wit", email, phone, ["25662"], 2, true), TestData.Json);
        response.EnsureSuccessStatusCode();
        return await response.ReadAsync<TrainerResponse>();
    }

    private async Task<List<TrainerResponse>> ListAsync(Guid companyId) =>
        (await _coordinator.GetFromJsonAsync<List<TrainerResponse>>($"/api/companies/{companyId}/trainers", TestData.Json))!;

    private Task<long> CompanyVersionAsync(Guid companyId) =>
        fixture.InDatabaseAsync(db => db.Companies.Where(c => c.Id == companyId).Select(c => c.Version).SingleAsync());

    private async Task<int> OutboxCountAsync(string eventName, Guid trainerId)
    {
        var payloads = await fixture.InDatabaseAsync(db => db.Set<OutboxMessage>()
            .Where(m => m.MessageType.StartsWith("PartnershipHub.Contracts." + eventName)).Select(m => m.Payload).ToListAsync());
        return payloads.Count(payload => payload.Contains(trainerId.ToString(), StringComparison.Ordinal));
    }
}
