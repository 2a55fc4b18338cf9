using System.Net;
using System.Net.Http.Json;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Features.Accreditations;
using PartnershipHub.Companies.Features.Capacity;
using PartnershipHub.Contracts;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

public sealed class CapacityApiTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    private static readonly DateOnly Start = new(2026, 9, 1);
    private static readonly DateOnly End = new(2027, 1, 31);
    private readonly HttpClient _coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    [Fact]
    public async Task Setting_places_publishes_CapacityPublished_per_changed_entry_and_lists_them()
    {
        var company = await AccreditedCompany("25662", "25645");
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<CapacityPublished>());
        var period = $"P {Guid.NewGuid():N}";

        var response = await Put(company, new CapacityItem(period, Start, End, "25662", 3), new CapacityItem(period, Start, End, "25645", 1));
        var unchanged = await Put(company, new CapacityItem(period, Start, End, "25662", 3), new CapacityItem(period, Start, End, "25645", 2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var listed = await unchanged.ReadAsync<List<CapacityResponse>>();
        Assert.Equal([("25645", 2), ("25662", 3)], listed.Select(c => (c.Crebo, c.Places)));
        Assert.All(listed, c => Assert.Equal(Period.IdFor(period), c.PeriodId));
        var last = await events.WaitForAsync<CapacityPublished>(e => e.CompanyId == company && e.Crebo == "25645" && e.Places == 2);
        await events.WaitForAsync<CapacityPublished>(e => e.CompanyId == company && e.Crebo == "25662");
        Assert.Equal(period, last.PeriodName);
        Assert.Equal((Start, End), (last.PeriodStart, last.PeriodEnd));
        var got = await _coordinator.GetFromJsonAsync<List<CapacityResponse>>($"/api/companies/{company}/capacity", TestData.Json);
        Assert.Equal(2, got!.Count);
        // Three changes in all: the unchanged 25662 entry of the second request published nothing.
        Assert.Equal(3, events.All<CapacityPublished>().Count(e => e.CompanyId == company));
    }

    [Fact]
    public async Task Places_without_an_accreditation_for_the_period_are_a_conflict()
    {
        var company = await AccreditedCompany("25662");

        var response = await Put(company, new CapacityItem($"P {Guid.NewGuid():N}", Start, End, "25682", 2));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("25682", (await response.ProblemAsync()).Detail);
    }

    [Fact]
    public async Task A_known_period_name_with_other_dates_is_a_conflict()
    {
        var company = await AccreditedCompany("25662");
        var period = $"P {Guid.NewGuid():N}";
        (await Put(company, new CapacityItem(period, Start, End, "25662", 2))).EnsureSuccessStatusCode();

        var response = await Put(company, new CapacityItem(period, Start, End.AddDays(1), "25662", 2));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Theory]
    [InlineData("[0].periodEnd")]
    [InlineData("[0].crebo")]
    [InlineData("[0].places")]
    [InlineData("[0].name")]
    [InlineData("[1]")]
    public async Task Bad_capacity_is_refused_with_400_naming_the_field(string field)
    {
        var company = await AccreditedCompany("25662");
        var good = new CapacityItem("Bad input period", Start, End, "25662", 2);
        CapacityItem[] items = field switch
        {
            "[0].periodEnd" => [good with { PeriodEnd = Start.AddDays(-1) }],
            "[0].crebo" => [good with { Crebo = "2566X" }],
            "[0].places" => [good with { Places = -1 }],
            "[0].name" => [good with { PeriodName = " " }],
            _ => [good, good],
        };

        var response = await Put(company, items);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ProblemAsync()).Errors!.Keys);
        Assert.Empty((await _coordinator.GetFromJsonAsync<List<CapacityResponse>>($"/api/companies/{company}/capacity", TestData.Json))!);
    }

    [Fact]
    public async Task Unknown_company_gives_404()
    {
        var put = await Put(Guid.NewGuid(), new CapacityItem("X", Start, End, "25662", 0));
        var get = await _coordinator.GetAsync($"/api/companies/{Guid.NewGuid()}/capacity");

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    private async Task<Guid> AccreditedCompany(params string[] crebos)
    {
        var company = await TestData.RegisterAsync(_coordinator);
        foreach (var crebo in crebos)
        {
            (await _coordinator.PostAsJsonAsync(
                $"/api/companies/{company.Id}/accreditations",
                new GrantAccreditationRequest(crebo, [LearningRoute.Bol], new DateOnly(2024, 1, 1), null),
                TestData.Json)).EnsureSuccessStatusCode();
        }

        return company.Id;
    }

    private Task<HttpResponseMessage> Put(Guid companyId, params CapacityItem[] items) =>
        _coordinator.PutAsJsonAsync($"/api/companies/{companyId}/capacity", items, TestData.Json);
}
