using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Features.Companies;
using PartnershipHub.Contracts;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

public sealed class CompaniesApiTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    private readonly HttpClient _coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    [Fact]
    public async Task Registering_a_company_stores_it_with_coordinates_from_the_postcode_and_publishes_CompanyRegistered()
    {
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<CompanyRegistered>());
        var request = TestData.Company(postcode: "3511ab");

        var response = await _coordinator.PostAsJsonAsync("/api/companies", request, TestData.Json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var company = await response.ReadAsync<CompanyResponse>();
        Assert.Equal($"/api/companies/{company.Id}", response.Headers.Location?.OriginalString);
        var location = Assert.Single(company.Locations);
        Assert.Equal("3511 AB", location.Postcode);
        Assert.Equal(CoordinatesSource.PostcodeArea, location.CoordinatesSource);
        Assert.Equal(52.09, location.Latitude!.Value, 1);
        Assert.Equal(5.12, location.Longitude!.Value, 1);

        var published = await events.WaitForAsync<CompanyRegistered>(e => e.CompanyId == company.Id);
        Assert.Equal(request.KvkNumber, published.KvkNumber);
        Assert.Equal(["close-supervision"], published.Offers);
        Assert.Equal(location.Latitude, Assert.Single(published.Locations).Latitude);
        Assert.Equal(1, published.Version);
    }

    [Fact]
    public async Task Given_coordinates_are_kept()
    {
        var request = TestData.Company() with { Locations = [new LocationRequest(null, "Dam 1", "1012 JS", "Amsterdam", 52.3731, 4.8926)] };

        var company = await TestData.RegisterAsync(_coordinator, request);

        var location = Assert.Single(company.Locations);
        Assert.Equal((52.3731, 4.8926), (location.Latitude!.Value, location.Longitude!.Value));
        Assert.Equal(CoordinatesSource.Given, location.CoordinatesSource);
    }

    [Fact]
    public async Task A_postcode_area_missing_from_the_table_is_stored_without_coordinates_and_flagged()
    {
        // 1000 is well formed but was never issued as a PC4 area.
        var request = TestData.Company() with { Locations = [new LocationRequest(null, "Postbus 1", "1000 AA", "Amsterdam", null, null)] };

        var company = await TestData.RegisterAsync(_coordinator, request);

        var location = Assert.Single(company.Locations);
        Assert.Null(location.Latitude);
        Assert.Null(location.Longitude);
        Assert.True(location.CoordinatesMissing);
        var stored = await fixture.InDatabaseAsync(db => db.Locations.SingleAsync(l => l.CompanyId == company.Id));
        Assert.Null(stored.Latitude);
        Assert.Equal(CoordinatesSource.Missing, stored.CoordinatesSource);
    }

    [Theory]
    [InlineData("kvkNumber", "1234567")]
    [InlineData("kvkNumber", "1234567a")]
    [InlineData("kvkNumber", null)]
    [InlineData("name", "")]
    [InlineData("locations[0].postcode", "0123 AB")]
    [InlineData("locations[0].postcode", "1234 SS")]
    [InlineData("locations[0].postcode", "12345")]
    [InlineData("contact.email", "not-an-address")]
    [InlineData("cooperation.offers[0]", "Close Supervision!")]
    public async Task Invalid_input_is_refused_with_400_naming_the_field(string field, string? value)
    {
        var valid = TestData.Company();
        var request = field switch
        {
            "kvkNumber" => valid with { KvkNumber = value },
            "name" => valid with { Name = value },
            "locations[0].postcode" => valid with { Locations = [valid.Locations![0]! with { Postcode = value }] },
            "contact.email" => valid with { Contact = valid.Contact! with { Email = value } },
            _ => valid with { Cooperation = valid.Cooperation! with { Offers = [value] } },
        };

        var response = await _coordinator.PostAsJsonAsync("/api/companies", request, TestData.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ProblemAsync()).Errors!.Keys);
        Assert.False(await fixture.InDatabaseAsync(db => db.Companies.AnyAsync(c => c.Name == valid.Name && c.KvkNumber == valid.KvkNumber)));
    }

    [Fact]
    public async Task Latitude_without_longitude_is_refused()
    {
        var request = TestData.Company() with { Locations = [new LocationRequest(null, "Dam 1", "1012 JS", "Amsterdam", 52.3, null)] };

        var response = await _coordinator.PostAsJsonAsync("/api/companies", request, TestData.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("locations[0].longitude", (await response.ProblemAsync()).Errors!.Keys);
    }

    [Fact]
    public async Task A_company_without_locations_is_refused()
    {
        var response = await _coordinator.PostAsJsonAsync("/api/companies", TestData.Company() with { Locations = [] }, TestData.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("locations", (await response.ProblemAsync()).Errors!.Keys);
    }

    [Fact]
    public async Task Malformed_json_is_refused_with_400_naming_the_field()
    {
        using var body = new StringContent("""{"name":"X","kvkNumber":12345678,"active":"yes"}""", System.Text.Encoding.UTF8, "application/json");

        var response = await _coordinator.PostAsync("/api/companies", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ProblemAsync()).Errors!);
    }

    [Fact]
    public async Task A_duplicate_KvK_number_is_refused_with_409()
    {
        var first = await TestData.RegisterAsync(_coordinator);

        var response = await _coordinator.PostAsJsonAsync("/api/companies", TestData.Company(kvk: first.KvkNumber, name: "Another"), TestData.Json);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains(first.KvkNumber, (await response.ProblemAsync()).Detail);
        Assert.Equal(1, await fixture.InDatabaseAsync(db => db.Companies.CountAsync(c => c.KvkNumber == first.KvkNumber)));
    }

    [Fact]
    public async Task Getting_a_company_returns_it_and_an_unknown_id_gives_404()
    {
        var company = await TestData.RegisterAsync(_coordinator);

        var found = await _coordinator.GetFromJsonAsync<CompanyResponse>($"/api/companies/{company.Id}", TestData.Json);
        var missing = await _coordinator.GetAsync($"/api/companies/{Guid.NewGuid()}");

        Assert.Equal(company.KvkNumber, found!.KvkNumber);
        Assert.Equal("every two weeks", found.Cooperation.ContactFrequency);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(404, (await missing.ProblemAsync()).Status);
    }

    [Fact]
    public async Task Updating_a_company_publishes_CompanyUpdated_with_a_higher_version_and_an_unchanged_update_publishes_nothing()
    {
        var request = TestData.Company();
        var company = await TestData.RegisterAsync(_coordinator, request);
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<CompanyUpdated>());
        var changed = request with
        {
            Name = "Bakkerij Test & Zn",
            Locations = [request.Locations![0], new LocationRequest(null, "Vismarkt 2", "1012 AB", "Amsterdam", null, null)],
        };

        var first = await _coordinator.PutAsJsonAsync($"/api/companies/{company.Id}", changed, TestData.Json);
        var again = await _coordinator.PutAsJsonAsync($"/api/companies/{company.Id}", changed, TestData.Json);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var updated = await first.ReadAsync<CompanyResponse>();
        Assert.Equal(2, updated.Locations.Count);
        Assert.Equal(company.Locations[0].Id, updated.Locations[0].Id);
        Assert.Equal(2, (await again.ReadAsync<CompanyResponse>()).Version);
        var published = await events.WaitForAsync<CompanyUpdated>(e => e.CompanyId == company.Id);
        Assert.Equal("Bakkerij Test & Zn", published.Name);
        Assert.Equal(2, published.Version);
        Assert.Equal(2, published.Locations.Count);
        var outbox = await fixture.InDatabaseAsync(db => db.Set<Messaging.Outbox.OutboxMessage>()
            .Where(m => m.MessageType.StartsWith("PartnershipHub.Contracts.CompanyUpdated")).Select(m => m.Payload).ToListAsync());
        Assert.Single(outbox, payload => payload.Contains(company.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Updating_with_bad_input_changes_nothing_and_unknown_ids_give_404()
    {
        var request = TestData.Company();
        var company = await TestData.RegisterAsync(_coordinator, request);

        var bad = await _coordinator.PutAsJsonAsync($"/api/companies/{company.Id}", request with { Name = " " }, TestData.Json);
        var otherKvk = await _coordinator.PutAsJsonAsync($"/api/companies/{company.Id}", request with { KvkNumber = TestData.NewKvk() }, TestData.Json);
        var missing = await _coordinator.PutAsJsonAsync($"/api/companies/{Guid.NewGuid()}", request, TestData.Json);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("name", (await bad.ProblemAsync()).Errors!.Keys);
        Assert.Equal(HttpStatusCode.BadRequest, otherKvk.StatusCode);
        Assert.Contains("kvkNumber", (await otherKvk.ProblemAsync()).Errors!.Keys);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var stored = await fixture.InDatabaseAsync(db => db.Companies.SingleAsync(c => c.Id == company.Id));
        Assert.Equal(request.Name, stored.Name);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task A_trainer_of_the_company_may_change_its_contact_person()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        var trainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company.Id));
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<CompanyUpdated>());

        var response = await trainer.PutAsJsonAsync($"/api/companies/{company.Id}/contact", new ContactRequest("Piet", "piet@bakkerij.example", "06-1"), TestData.Json);
        var bad = await trainer.PutAsJsonAsync($"/api/companies/{company.Id}/contact", new ContactRequest("Piet", "piet@", null), TestData.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Piet", (await response.ReadAsync<CompanyResponse>()).Contact.Name);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("email", (await bad.ProblemAsync()).Errors!.Keys);
        Assert.Equal(2, (await events.WaitForAsync<CompanyUpdated>(e => e.CompanyId == company.Id)).Version);
    }
}
