using System.Net;
using System.Net.Http.Json;
using PartnershipHub.Companies.Features.Trainers;
using PartnershipHub.Companies.Security;
using PartnershipHub.Contracts;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

public sealed class TrainersApiTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    private readonly HttpClient _coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    [Fact]
    public async Task Registering_a_trainer_publishes_TrainerRegistered_with_the_profile()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<TrainerRegistered>());

        var response = await _coordinator.PostAsJsonAsync(
            $"/api/companies/{company.Id}/trainers", new TrainerRequest("Anna de Wit", "Anna@Bakkerij.example", "06-12345678", ["25662"], 3, null), TestData.Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var trainer = await response.ReadAsync<TrainerResponse>();
        Assert.Equal("anna@bakkerij.example", trainer.Email);
        Assert.True(trainer.Active);
        var published = await events.WaitForAsync<TrainerRegistered>(e => e.TrainerId == trainer.Id);
        Assert.Equal(company.Id, published.CompanyId);
        Assert.Equal(["25662"], published.Crebos);
        Assert.Equal(3, published.MaxStudents);
        var list = await _coordinator.GetFromJsonAsync<List<TrainerResponse>>($"/api/companies/{company.Id}/trainers", TestData.Json);
        Assert.Equal(trainer.Id, Assert.Single(list!).Id);
    }

    [Theory]
    [InlineData("email", "not-an-email", 2, "25662")]
    [InlineData("name", null, 2, "25662")]
    [InlineData("maxStudents", "x@y.nl", 0, "25662")]
    [InlineData("crebos[0]", "x@y.nl", 2, "123")]
    public async Task Bad_trainer_input_is_refused_with_400_naming_the_field(string field, string? email, int maxStudents, string crebo)
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var request = new TrainerRequest(field == "name" ? null : "Kees", email ?? "kees@x.nl", null, [crebo], maxStudents, true);

        var response = await _coordinator.PostAsJsonAsync($"/api/companies/{company.Id}/trainers", request, TestData.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ProblemAsync()).Errors!.Keys);
    }

    [Fact]
    public async Task A_second_trainer_with_the_same_email_is_a_conflict_and_unknown_ids_give_404()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var request = new TrainerRequest("Kees", "kees@x.nl", null, ["25662"], 2, true);
        (await _coordinator.PostAsJsonAsync($"/api/companies/{company.Id}/trainers", request, TestData.Json)).EnsureSuccessStatusCode();

        var duplicate = await _coordinator.PostAsJsonAsync($"/api/companies/{company.Id}/trainers", request with { Name = "Kees 2" }, TestData.Json);
        var unknownCompany = await _coordinator.PostAsJsonAsync($"/api/companies/{Guid.NewGuid()}/trainers", request, TestData.Json);
        var unknownTrainer = await _coordinator.PutAsJsonAsync($"/api/companies/{company.Id}/trainers/{Guid.NewGuid()}", request, TestData.Json);

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(409, (await duplicate.ProblemAsync()).Status);
        Assert.Equal(HttpStatusCode.NotFound, unknownCompany.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownTrainer.StatusCode);
    }

    [Fact]
    public async Task Deactivating_publishes_TrainerDeactivated_and_reactivating_TrainerRegistered()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var trainer = await Register(company.Id, "deactivate@x.nl");
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<TrainerDeactivated>().Collect<TrainerRegistered>());

        var deactivated = await _coordinator.PutAsJsonAsync(
            $"/api/companies/{company.Id}/trainers/{trainer.Id}", new TrainerRequest(null, null, null, null, null, false), TestData.Json);
        var reactivated = await _coordinator.PutAsJsonAsync(
            $"/api/companies/{company.Id}/trainers/{trainer.Id}", new TrainerRequest(null, null, null, null, 5, true), TestData.Json);

        Assert.False((await deactivated.ReadAsync<TrainerResponse>()).Active);
        Assert.True((await reactivated.ReadAsync<TrainerResponse>()).Active);
        var off = await events.WaitForAsync<TrainerDeactivated>(e => e.TrainerId == trainer.Id);
        var on = await events.WaitForAsync<TrainerRegistered>(e => e.TrainerId == trainer.Id && e.MaxStudents == 5);
        Assert.True(on.Version > off.Version);
    }

    [Fact]
    public async Task A_trainer_may_change_the_name_and_phone_of_their_own_record_only()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var own = await Register(company.Id, "own@x.nl");
        var colleague = await Register(company.Id, "colleague@x.nl");
        var trainer = fixture.CreateClient(TrainerToken(company.Id, "Own@X.nl"));
        var withoutEmail = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company.Id));

        var ownUpdate = await trainer.PutAsJsonAsync(
            $"/api/companies/{company.Id}/trainers/{own.Id}", new TrainerRequest("Own Name", null, "06-99999999", null, null, null), TestData.Json);
        var colleagueUpdate = await trainer.PutAsJsonAsync(
            $"/api/companies/{company.Id}/trainers/{colleague.Id}", new TrainerRequest("Hacked", null, null, null, null, null), TestData.Json);
        var raiseOwnLoad = await trainer.PutAsJsonAsync(
            $"/api/companies/{company.Id}/trainers/{own.Id}", new TrainerRequest(null, null, null, null, 9, null), TestData.Json);
        var noEmailClaim = await withoutEmail.PutAsJsonAsync(
            $"/api/companies/{company.Id}/trainers/{own.Id}", new TrainerRequest("X", null, null, null, null, null), TestData.Json);

        Assert.Equal(HttpStatusCode.OK, ownUpdate.StatusCode);
        Assert.Equal("06-99999999", (await ownUpdate.ReadAsync<TrainerResponse>()).Phone);
        Assert.Equal(HttpStatusCode.Forbidden, colleagueUpdate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, raiseOwnLoad.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, noEmailClaim.StatusCode);
        var list = await _coordinator.GetFromJsonAsync<List<TrainerResponse>>($"/api/companies/{company.Id}/trainers", TestData.Json);
        Assert.Equal(["Own Name", "Registered"], list!.Select(t => t.Name).Order());
        Assert.All(list!, t => Assert.Equal(2, t.MaxStudents));
    }

    [Fact]
    public async Task A_trainer_of_another_company_cannot_edit_a_trainer_even_with_a_matching_email()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var other = await TestData.RegisterAsync(_coordinator);
        var trainer = await Register(company.Id, "same@x.nl");
        var outsider = fixture.CreateClient(TrainerToken(other.Id, "same@x.nl"));

        var response = await outsider.PutAsJsonAsync(
            $"/api/companies/{company.Id}/trainers/{trainer.Id}", new TrainerRequest("X", null, null, null, null, null), TestData.Json);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private string TrainerToken(Guid companyId, string email) =>
        TestTokens.For(fixture.Audience, Roles.Trainer, (ClaimNames.CompanyId, companyId.ToString()), (CompanyAccess.EmailClaim, email));

    private async Task<TrainerResponse> Register(Guid companyId, string email)
    {
        var response = await _coordinator.PostAsJsonAsync(
            $"/api/companies/{companyId}/trainers", new TrainerRequest("Registered", email, null, ["25662"], 2, true), TestData.Json);
        response.EnsureSuccessStatusCode();
        return await response.ReadAsync<TrainerResponse>();
    }
}
