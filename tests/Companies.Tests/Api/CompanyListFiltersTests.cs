using System.Net;
using System.Net.Http.Json;
using PartnershipHub.Companies.Features.Accreditations;
using PartnershipHub.Companies.Features.Capacity;
using PartnershipHub.Companies.Features.Companies;
using PartnershipHub.Companies.Features.Periods;
using PartnershipHub.Contracts;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

/// <summary>The coordinator's list: place, accreditation and published places filtered in the database, with a total.</summary>
public sealed class CompanyListFiltersTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    private readonly HttpClient _coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    [Fact]
    public async Task City_matches_the_start_of_any_locations_place_ignoring_case()
    {
        var tag = Tag();
        var utrecht = await Register($"{tag} a", ("3511 AB", "Utrecht"));
        var chain = await Register($"{tag} b", ("1012 AB", "Amsterdam"), ("3512 AA", "Utrecht"));
        await Register($"{tag} c", ("3811 AA", "Amersfoort"));

        var page = await List($"text={tag}&city=utr");

        Assert.Equal([utrecht, chain], page.Items.Select(c => c.Id));
        Assert.Equal(2, page.Total);
    }

    [Fact]
    public async Task Accredited_keeps_companies_with_a_current_accreditation_and_rows_name_their_crebos()
    {
        var tag = Tag();
        var current = await Register($"{tag} a", ("3511 AB", "Utrecht"));
        var expired = await Register($"{tag} b", ("3511 AB", "Utrecht"));
        var none = await Register($"{tag} c", ("3511 AB", "Utrecht"));
        await Grant(current, "25662", new DateOnly(2024, 1, 1), null);
        await Grant(current, "25645", new DateOnly(2024, 1, 1), null);
        await Grant(expired, "25662", new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1));

        var accredited = await List($"text={tag}&accredited=true");
        var notAccredited = await List($"text={tag}&accredited=false");

        var row = Assert.Single(accredited.Items);
        Assert.Equal(current, row.Id);
        Assert.Equal(["25645", "25662"], row.Crebos!);
        Assert.Equal([expired, none], notAccredited.Items.Select(c => c.Id));
        Assert.All(notAccredited.Items, c => Assert.Empty(c.Crebos!));
    }

    [Fact]
    public async Task With_places_filters_on_published_places_in_the_chosen_period_and_sums_them()
    {
        var tag = Tag();
        var first = await Declare($"{tag} BPV 1", new DateOnly(2099, 9, 1), new DateOnly(2100, 1, 31));
        var second = await Declare($"{tag} BPV 2", new DateOnly(2100, 2, 1), new DateOnly(2100, 6, 30));
        var both = await Register($"{tag} a", ("3511 AB", "Utrecht"));
        var onlySecond = await Register($"{tag} b", ("3511 AB", "Utrecht"));
        var withdrawn = await Register($"{tag} c", ("3511 AB", "Utrecht"));
        foreach (var company in new[] { both, onlySecond, withdrawn })
        {
            await Grant(company, "25662", new DateOnly(2024, 1, 1), null);
            await Grant(company, "25645", new DateOnly(2024, 1, 1), null);
        }

        await Publish(both, first, "25662", 2);
        await Publish(both, first, "25645", 1);
        await Publish(both, second, "25662", 4);
        await Publish(onlySecond, second, "25662", 3);
        await Publish(withdrawn, first, "25662", 2);
        await Publish(withdrawn, first, "25662", 0);

        var inFirst = await List($"text={tag}&withPlaces=true&periodId={first.Id}");
        var inFirstForCrebo = await List($"text={tag}&withPlaces=true&periodId={first.Id}&crebo=25645");
        var withoutInFirst = await List($"text={tag}&withPlaces=false&periodId={first.Id}");
        var anyOpenPeriod = await List($"text={tag}&withPlaces=true");

        var row = Assert.Single(inFirst.Items);
        Assert.Equal((both, 3), (row.Id, row.Places));
        Assert.Equal((both, 1), (Assert.Single(inFirstForCrebo.Items).Id, inFirstForCrebo.Items[0].Places));
        Assert.Equal([onlySecond, withdrawn], withoutInFirst.Items.Select(c => c.Id));
        Assert.Equal([(both, 7), (onlySecond, 3)], anyOpenPeriod.Items.Select(c => (c.Id, c.Places)));
        Assert.Equal(2, anyOpenPeriod.Total);
    }

    [Fact]
    public async Task Filters_combine_and_the_total_counts_every_match_past_the_page()
    {
        var tag = Tag();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            var id = await Register($"{tag} {i}", ("3511 AB", "Utrecht"));
            await Grant(id, "25662", new DateOnly(2024, 1, 1), null);
            ids.Add(id);
        }

        await Register($"{tag} other place", ("9711 AA", "Groningen"));

        var second = await List($"text={tag}&city=Utrecht&accredited=true&pageSize=2&page=2");
        var beyond = await List($"text={tag}&city=Utrecht&accredited=true&pageSize=2&page=9");

        Assert.Equal(5, second.Total);
        Assert.Equal(ids.Skip(2).Take(2), second.Items.Select(c => c.Id));
        Assert.Empty(beyond.Items);
        Assert.Equal(5, beyond.Total);
    }

    [Theory]
    [InlineData("accredited=maybe", "accredited")]
    [InlineData("withPlaces=yes", "withPlaces")]
    [InlineData("periodId=abc", "periodId")]
    [InlineData("withPlaces=true&crebo=12", "crebo")]
    public async Task Bad_new_filters_are_refused_with_400_naming_the_parameter(string query, string field)
    {
        var response = await _coordinator.GetAsync($"/api/companies?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ProblemAsync()).Errors!.Keys);
    }

    [Fact]
    public async Task A_trainer_and_a_student_cannot_list_companies()
    {
        var trainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, Guid.NewGuid()));
        var student = fixture.CreateClient(TestTokens.Student(fixture.Audience, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.GetAsync("/api/companies?accredited=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync("/api/companies?withPlaces=true")).StatusCode);
    }

    private static string Tag() => "f" + Guid.NewGuid().ToString("N")[..10];

    private async Task<Guid> Register(string name, params (string Postcode, string City)[] places)
    {
        var request = TestData.Company(name: name) with
        {
            Locations = [.. places.Select(p => new LocationRequest(null, "Straat 1", p.Postcode, p.City, null, null))],
        };
        return (await TestData.RegisterAsync(_coordinator, request)).Id;
    }

    private async Task Grant(Guid companyId, string crebo, DateOnly from, DateOnly? to) =>
        (await _coordinator.PostAsJsonAsync(
            $"/api/companies/{companyId}/accreditations", new GrantAccreditationRequest(crebo, [LearningRoute.Bol], from, to), TestData.Json))
        .EnsureSuccessStatusCode();

    private async Task<PeriodResponse> Declare(string name, DateOnly start, DateOnly end)
    {
        var response = await _coordinator.PostAsJsonAsync("/api/periods", new PeriodRequest(name, start, end), TestData.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<PeriodResponse>();
    }

    private async Task Publish(Guid companyId, PeriodResponse period, string crebo, int places) =>
        (await _coordinator.PutAsJsonAsync(
            $"/api/companies/{companyId}/capacity", new[] { new CapacityItem(period.Name, period.Start, period.End, crebo, places) }, TestData.Json))
        .EnsureSuccessStatusCode();

    private async Task<Page<CompanySummary>> List(string query) =>
        (await _coordinator.GetFromJsonAsync<Page<CompanySummary>>($"/api/companies?{query}", TestData.Json))!;
}
