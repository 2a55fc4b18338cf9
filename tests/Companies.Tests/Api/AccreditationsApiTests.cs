using System.Net;
using System.Net.Http.Json;
using PartnershipHub.Companies.Features.Accreditations;
using PartnershipHub.Companies.Features.Capacity;
using PartnershipHub.Contracts;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

public sealed class AccreditationsApiTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    private readonly HttpClient _coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    [Fact]
    public async Task Granting_publishes_AccreditationGranted_and_the_collection_lists_it_as_current()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AccreditationGranted>());

        var response = await Grant(company.Id, new GrantAccreditationRequest("25662", [LearningRoute.Bbl, LearningRoute.Bol], new DateOnly(2024, 1, 1), null));
        var list = await _coordinator.GetFromJsonAsync<List<AccreditationResponse>>($"/api/companies/{company.Id}/accreditations", TestData.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = Assert.Single(list!);
        Assert.True(listed.Current);
        Assert.Equal([LearningRoute.Bol, LearningRoute.Bbl], listed.Routes);
        var published = await events.WaitForAsync<AccreditationGranted>(e => e.CompanyId == company.Id);
        Assert.Equal("25662", published.Crebo);
        Assert.Equal([LearningRoute.Bol, LearningRoute.Bbl], published.Routes);
        Assert.Equal(2, published.Version);
    }

    [Fact]
    public async Task Extending_publishes_again_with_a_higher_version_and_granting_the_same_again_publishes_nothing()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AccreditationGranted>());
        var grant = new GrantAccreditationRequest("25645", [LearningRoute.Bol], new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));

        await Grant(company.Id, grant);
        var extended = await Grant(company.Id, grant with { ValidTo = new DateOnly(2029, 12, 31) });
        await Grant(company.Id, grant with { ValidTo = new DateOnly(2029, 12, 31) });

        Assert.Equal(new DateOnly(2029, 12, 31), (await extended.ReadAsync<AccreditationResponse>()).ValidTo);
        var latest = await events.WaitForAsync<AccreditationGranted>(e => e.CompanyId == company.Id && e.ValidTo == new DateOnly(2029, 12, 31));
        Assert.Equal(3, latest.Version);
        var stored = await fixture.InDatabaseAsync(db => db.Companies.FindAsync(company.Id).AsTask());
        Assert.Equal(3, stored!.Version);
    }

    [Theory]
    [InlineData("crebo", "2566")]
    [InlineData("crebo", "abcde")]
    [InlineData("validTo", "25662")]
    [InlineData("routes", "25662")]
    [InlineData("validFrom", "25662")]
    public async Task Bad_grants_are_refused_with_400_naming_the_field(string field, string crebo)
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var request = field switch
        {
            "validTo" => new GrantAccreditationRequest(crebo, [LearningRoute.Bol], new DateOnly(2025, 1, 1), new DateOnly(2024, 1, 1)),
            "routes" => new GrantAccreditationRequest(crebo, [], new DateOnly(2025, 1, 1), null),
            "validFrom" => new GrantAccreditationRequest(crebo, [LearningRoute.Bol], null, null),
            _ => new GrantAccreditationRequest(crebo, [LearningRoute.Bol], new DateOnly(2025, 1, 1), null),
        };

        var response = await Grant(company.Id, request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ProblemAsync()).Errors!.Keys);
        Assert.Empty((await _coordinator.GetFromJsonAsync<List<AccreditationResponse>>($"/api/companies/{company.Id}/accreditations", TestData.Json))!);
    }

    [Fact]
    public async Task An_unknown_route_name_is_refused_with_400()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        using var body = new StringContent("""{"crebo":"25662","routes":["BOL","Evening"],"validFrom":"2025-01-01"}""", System.Text.Encoding.UTF8, "application/json");

        var response = await _coordinator.PostAsync($"/api/companies/{company.Id}/accreditations", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await response.ProblemAsync()).Errors!.Keys, key => key.StartsWith("routes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Revoking_needs_a_reason_publishes_AccreditationRevoked_and_withdraws_the_places()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        await Grant(company.Id, new GrantAccreditationRequest("25682", [LearningRoute.Bol], new DateOnly(2024, 1, 1), null));
        var capacity = await _coordinator.PutAsJsonAsync(
            $"/api/companies/{company.Id}/capacity", new[] { new CapacityItem("Revoke period", new DateOnly(2027, 2, 1), new DateOnly(2027, 6, 30), "25682", 3) }, TestData.Json);
        capacity.EnsureSuccessStatusCode();
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<AccreditationRevoked>().Collect<CapacityPublished>());

        var withoutReason = await _coordinator.DeleteAsync($"/api/companies/{company.Id}/accreditations/25682");
        var revoked = await _coordinator.DeleteAsync($"/api/companies/{company.Id}/accreditations/25682?reason=No%20trainer%20left");
        var again = await _coordinator.DeleteAsync($"/api/companies/{company.Id}/accreditations/25682?reason=Again");

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("reason", (await withoutReason.ProblemAsync()).Errors!.Keys);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var body = await revoked.ReadAsync<AccreditationResponse>();
        Assert.False(body.Current);
        Assert.Equal("No trainer left", body.RevocationReason);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var published = await events.WaitForAsync<AccreditationRevoked>(e => e.CompanyId == company.Id);
        Assert.Equal("No trainer left", published.Reason);
        // The capacity PUT's own CapacityPublished (3 places) may still reach the broker after the collector started.
        var withdrawn = await events.WaitForAsync<CapacityPublished>(e => e.CompanyId == company.Id && e.Places == 0);
        Assert.True(withdrawn.Version > published.Version);
        var places = await _coordinator.GetFromJsonAsync<List<CapacityResponse>>($"/api/companies/{company.Id}/capacity", TestData.Json);
        Assert.Equal(0, Assert.Single(places!).Places);
    }

    [Fact]
    public async Task Unknown_company_or_crebo_gives_404_and_a_malformed_crebo_400()
    {
        var company = await TestData.RegisterAsync(_coordinator);

        var unknownCompanyGrant = await Grant(Guid.NewGuid(), new GrantAccreditationRequest("25662", [LearningRoute.Bol], new DateOnly(2024, 1, 1), null));
        var unknownCompanyList = await _coordinator.GetAsync($"/api/companies/{Guid.NewGuid()}/accreditations");
        var unknownCrebo = await _coordinator.DeleteAsync($"/api/companies/{company.Id}/accreditations/25999?reason=x");
        var malformedCrebo = await _coordinator.DeleteAsync($"/api/companies/{company.Id}/accreditations/259?reason=x");

        Assert.Equal(HttpStatusCode.NotFound, unknownCompanyGrant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCompanyList.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCrebo.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformedCrebo.StatusCode);
        Assert.Contains("crebo", (await malformedCrebo.ProblemAsync()).Errors!.Keys);
    }

    [Fact]
    public async Task A_revoked_accreditation_can_be_granted_again()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var grant = new GrantAccreditationRequest("25662", [LearningRoute.Bol], new DateOnly(2024, 1, 1), null);
        await Grant(company.Id, grant);
        (await _coordinator.DeleteAsync($"/api/companies/{company.Id}/accreditations/25662?reason=Audit")).EnsureSuccessStatusCode();

        var regranted = await Grant(company.Id, grant);

        var body = await regranted.ReadAsync<AccreditationResponse>();
        Assert.True(body.Current);
        Assert.Null(body.RevokedOn);
    }

    private Task<HttpResponseMessage> Grant(Guid companyId, GrantAccreditationRequest request) =>
        _coordinator.PostAsJsonAsync($"/api/companies/{companyId}/accreditations", request, TestData.Json);
}
