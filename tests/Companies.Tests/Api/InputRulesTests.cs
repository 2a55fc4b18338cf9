using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Features.Accreditations;
using PartnershipHub.Companies.Features.Capacity;
using PartnershipHub.Companies.Features.Trainers;
using PartnershipHub.Contracts;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

/// <summary>Input that only Companies can judge: nonsense answers 400 naming the field and stores nothing.</summary>
public sealed class InputRulesTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    private readonly HttpClient _coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    private async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400 for {field}, got {(int)response.StatusCode}: {body}");
        Assert.Contains(field, (await response.ProblemAsync()).Errors!.Keys);
    }

    [Theory]
    [InlineData("page=2147483647")]
    [InlineData("page=100001")]
    public async Task A_page_far_beyond_any_register_is_refused_by_name(string query)
    {
        await AssertFieldAsync(await _coordinator.GetAsync($"/api/companies?{query}"), "page");
    }

    [Fact]
    public async Task The_last_allowed_page_answers_empty()
    {
        var page = await _coordinator.GetFromJsonAsync<JsonPage>("/api/companies?page=100000&pageSize=200", TestData.Json);

        Assert.Empty(page!.Items);
    }

    private sealed record JsonPage(List<object> Items, int PageNumber, int PageSize, int Total);

    [Theory]
    [InlineData("99")]
    [InlineData("\"99\"")]
    [InlineData("-1")]
    public async Task A_learning_route_outside_the_enum_is_refused_and_nothing_is_granted(string route)
    {
        var company = await TestData.RegisterAsync(_coordinator);

        var response = await _coordinator.PostAsync($"/api/companies/{company.Id}/accreditations",
            new StringContent($$"""{ "crebo": "25662", "routes": [{{route}}], "validFrom": "2026-01-01" }""", System.Text.Encoding.UTF8, "application/json"));

        await AssertFieldAsync(response, "routes[0]");
        Assert.Empty((await _coordinator.GetFromJsonAsync<List<AccreditationResponse>>($"/api/companies/{company.Id}/accreditations", TestData.Json))!);
    }

    [Fact]
    public async Task A_null_in_any_list_is_refused_by_its_index()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var json = (string body) => new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        await AssertFieldAsync(await _coordinator.PostAsync($"/api/companies/{company.Id}/accreditations",
            json("""{ "crebo": "25662", "routes": ["Bol", null], "validFrom": "2026-01-01" }""")), "routes[1]");
        await AssertFieldAsync(await _coordinator.PostAsync($"/api/companies/{company.Id}/trainers",
            json("""{ "name": "Anna", "email": "anna@example.nl", "crebos": ["25662", null], "maxStudents": 2 }""")), "crebos[1]");
        await AssertFieldAsync(await _coordinator.PutAsync($"/api/companies/{company.Id}/capacity", json("[null]")), "[0]");
        var withNulls = TestData.Company() with { Locations = [null] };
        await AssertFieldAsync(await _coordinator.PostAsJsonAsync("/api/companies", withNulls, TestData.Json), "locations[0]");
        var nullOffer = TestData.Company() with { Cooperation = TestData.Company().Cooperation! with { Offers = ["close-supervision", null] } };
        await AssertFieldAsync(await _coordinator.PostAsJsonAsync("/api/companies", nullOffer, TestData.Json), "cooperation.offers[1]");

        Assert.Empty((await _coordinator.GetFromJsonAsync<List<TrainerResponse>>($"/api/companies/{company.Id}/trainers", TestData.Json))!);
    }

    [Fact]
    public async Task An_offer_the_school_does_not_know_is_refused()
    {
        var unknown = TestData.Company() with { Cooperation = TestData.Company().Cooperation! with { Offers = ["close-supervision", "free-lunch"] } };

        await AssertFieldAsync(await _coordinator.PostAsJsonAsync("/api/companies", unknown, TestData.Json), "cooperation.offers[1]");

        Assert.False(await fixture.InDatabaseAsync(db => db.Companies.AnyAsync(c => c.KvkNumber == unknown.KvkNumber)));
    }

    [Fact]
    public async Task A_placement_period_of_many_years_is_refused()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        await _coordinator.PostAsJsonAsync($"/api/companies/{company.Id}/accreditations",
            new GrantAccreditationRequest("25662", [LearningRoute.Bol], new DateOnly(2020, 1, 1), null), TestData.Json);

        var response = await _coordinator.PutAsJsonAsync($"/api/companies/{company.Id}/capacity",
            new[] { new CapacityItem($"Endless {Guid.NewGuid():N}", new DateOnly(2026, 9, 1), new DateOnly(2099, 8, 31), "25662", 2) }, TestData.Json);

        await AssertFieldAsync(response, "[0].periodEnd");
        Assert.Empty((await _coordinator.GetFromJsonAsync<List<CapacityResponse>>($"/api/companies/{company.Id}/capacity", TestData.Json))!);
    }
}
