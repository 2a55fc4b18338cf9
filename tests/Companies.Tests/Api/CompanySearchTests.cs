using System.Net;
using System.Net.Http.Json;
using PartnershipHub.Companies.Features.Accreditations;
using PartnershipHub.Companies.Features.Companies;
using PartnershipHub.Contracts;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

public sealed class CompanySearchTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    private readonly HttpClient _coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    [Fact]
    public async Task Near_lists_companies_within_the_radius_sorted_by_distance()
    {
        var tag = Tag();
        var utrecht = await Register(tag, "3511 AB", "Utrecht");
        var amersfoort = await Register(tag, "3811 AA", "Amersfoort");
        await Register(tag, "1012 AB", "Amsterdam");
        await Register(tag, "9711 AA", "Groningen");

        var page = await List($"near=3511&radiusKm=25&text={tag}");

        Assert.Equal([utrecht, amersfoort], page.Items.Select(c => c.Id));
        Assert.Equal(2, page.Total);
        Assert.True(page.Items[0].DistanceKm < 2);
        Assert.InRange(page.Items[1].DistanceKm!.Value, 15, 25);
    }

    [Fact]
    public async Task Amsterdam_and_Utrecht_are_about_35_km_apart()
    {
        var tag = Tag();
        var amsterdam = await Register(tag, "1012 AB", "Amsterdam");

        var page = await List($"near=3511 AB&radiusKm=50&text={tag}");

        var found = Assert.Single(page.Items);
        Assert.Equal(amsterdam, found.Id);
        Assert.InRange(found.DistanceKm!.Value, 32, 38);
    }

    [Fact]
    public async Task A_company_with_several_locations_in_range_is_listed_once_at_its_nearest()
    {
        var tag = Tag();
        var request = TestData.Company(name: $"Keten {tag}") with
        {
            Locations =
            [
                new LocationRequest(null, "Stationsplein 1", "3811 AA", "Amersfoort", null, null),
                new LocationRequest(null, "Oudegracht 1", "3511 AB", "Utrecht", null, null),
            ],
        };
        var company = await TestData.RegisterAsync(_coordinator, request);

        var page = await List($"near=3511&radiusKm=40&text={tag}");

        var found = Assert.Single(page.Items);
        Assert.Equal(company.Id, found.Id);
        Assert.Equal("Utrecht", found.City);
        Assert.Equal(1, page.Total);
    }

    [Fact]
    public async Task Crebo_filter_keeps_companies_with_a_current_accreditation_only()
    {
        var tag = Tag();
        var accredited = await Register(tag, "3511 AB", "Utrecht");
        var expired = await Register(tag, "3512 AA", "Utrecht");
        await Register(tag, "3513 AA", "Utrecht");
        await Grant(accredited, "25662", new DateOnly(2024, 1, 1), null);
        await Grant(expired, "25662", new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1));

        var near = await List($"near=3511&radiusKm=25&crebo=25662&text={tag}");
        var plain = await List($"crebo=25662&text={tag}");

        Assert.Equal([accredited], near.Items.Select(c => c.Id));
        Assert.Equal([accredited], plain.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Text_and_active_filters_and_paging_work_without_near()
    {
        var tag = Tag();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await Register(tag, "3511 AB", "Utrecht", name: $"{tag} {i}"));
        }

        var inactive = TestData.Company(name: $"{tag} inactive") with { Active = false };
        await TestData.RegisterAsync(_coordinator, inactive);

        var firstPage = await List($"text={tag}&active=true&pageSize=2");
        var thirdPage = await List($"text={tag}&active=true&pageSize=2&page=3");
        var all = await List($"text={tag}");

        Assert.Equal(5, firstPage.Total);
        Assert.Equal(ids.Take(2), firstPage.Items.Select(c => c.Id));
        Assert.Equal(ids.Skip(4), thirdPage.Items.Select(c => c.Id));
        Assert.Equal(6, all.Total);
        Assert.Null(all.Items[0].DistanceKm);
    }

    [Theory]
    [InlineData("near=1000", "near")]
    [InlineData("near=abcd", "near")]
    [InlineData("near=3511&radiusKm=0", "radiusKm")]
    [InlineData("near=3511&radiusKm=1000", "radiusKm")]
    [InlineData("radiusKm=10", "radiusKm")]
    [InlineData("crebo=2566", "crebo")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("page=abc", "page")]
    [InlineData("active=maybe", "active")]
    public async Task Bad_filters_are_refused_with_400_naming_the_parameter(string query, string field)
    {
        var response = await _coordinator.GetAsync($"/api/companies?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ProblemAsync()).Errors!.Keys);
    }

    private static string Tag() => "t" + Guid.NewGuid().ToString("N")[..10];

    private async Task<Guid> Register(string tag, string postcode, string city, string? name = null)
    {
        var request = TestData.Company(postcode: postcode, name: name ?? $"{city} {tag}") with
        {
            Locations = [new LocationRequest(null, "Straat 1", postcode, city, null, null)],
        };
        return (await TestData.RegisterAsync(_coordinator, request)).Id;
    }

    private async Task Grant(Guid companyId, string crebo, DateOnly from, DateOnly? to)
    {
        var response = await _coordinator.PostAsJsonAsync(
            $"/api/companies/{companyId}/accreditations", new GrantAccreditationRequest(crebo, [LearningRoute.Bol], from, to), TestData.Json);
        response.EnsureSuccessStatusCode();
    }

    private async Task<Page<CompanySummary>> List(string query) =>
        (await _coordinator.GetFromJsonAsync<Page<CompanySummary>>($"/api/companies?{query}", TestData.Json))!;
}
