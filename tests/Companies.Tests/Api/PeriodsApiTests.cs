using System.Net;
using System.Net.Http.Json;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Features.Accreditations;
using PartnershipHub.Companies.Features.Capacity;
using PartnershipHub.Companies.Features.Periods;
using PartnershipHub.Contracts;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

/// <summary>The school's placement periods: declared by a coordinator, listed for staff, chosen when publishing capacity.</summary>
public sealed class PeriodsApiTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    private readonly HttpClient _coordinator = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    [Fact]
    public async Task A_declared_period_is_listed_by_start_and_declaring_it_again_changes_nothing()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var later = await Post($"{tag} BPV 2", new DateOnly(2098, 2, 1), new DateOnly(2098, 6, 30));
        var earlier = await Post($"{tag} BPV 1", new DateOnly(2097, 9, 1), new DateOnly(2098, 1, 31));
        var again = await Post($"  {tag} bpv 1 ", new DateOnly(2097, 9, 1), new DateOnly(2098, 1, 31));

        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        Assert.Equal(HttpStatusCode.Created, earlier.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var first = await earlier.ReadAsync<PeriodResponse>();
        Assert.Equal((Period.IdFor($"{tag} BPV 1"), $"{tag} BPV 1", false), (first.Id, first.Name, first.Ended));
        Assert.Equal(first.Id, (await again.ReadAsync<PeriodResponse>()).Id);
        var listed = (await List("")).Where(p => p.Name.StartsWith(tag, StringComparison.Ordinal)).Select(p => p.Name);
        Assert.Equal([$"{tag} BPV 1", $"{tag} BPV 2"], listed);
    }

    [Fact]
    public async Task Ended_periods_are_listed_only_when_asked()
    {
        var name = $"{Guid.NewGuid():N} ended";
        (await Post(name, new DateOnly(2020, 9, 1), new DateOnly(2021, 1, 31))).EnsureSuccessStatusCode();

        Assert.DoesNotContain(await List(""), p => p.Name == name);
        var ended = Assert.Single(await List("?includeEnded=true"), p => p.Name == name);
        Assert.True(ended.Ended);
    }

    [Fact]
    public async Task Periods_with_published_places_are_in_the_list_and_a_declared_period_takes_places()
    {
        var company = await TestData.RegisterAsync(_coordinator);
        (await _coordinator.PostAsJsonAsync($"/api/companies/{company.Id}/accreditations",
            new GrantAccreditationRequest("25662", [LearningRoute.Bol], new DateOnly(2024, 1, 1), null), TestData.Json)).EnsureSuccessStatusCode();
        var published = $"{Guid.NewGuid():N} published";
        (await _coordinator.PutAsJsonAsync($"/api/companies/{company.Id}/capacity",
            new[] { new CapacityItem(published, new DateOnly(2096, 9, 1), new DateOnly(2097, 1, 31), "25662", 2) }, TestData.Json)).EnsureSuccessStatusCode();
        var declared = await (await Post($"{Guid.NewGuid():N} declared", new DateOnly(2096, 2, 1), new DateOnly(2096, 6, 30))).ReadAsync<PeriodResponse>();

        var capacity = await _coordinator.PutAsJsonAsync($"/api/companies/{company.Id}/capacity",
            new[] { new CapacityItem(declared.Name, declared.Start, declared.End, "25662", 3) }, TestData.Json);

        Assert.Contains(await List(""), p => p.Name == published);
        Assert.Equal(HttpStatusCode.OK, capacity.StatusCode);
        Assert.Contains(await capacity.ReadAsync<List<CapacityResponse>>(), c => c.PeriodId == declared.Id && c.Places == 3);
    }

    [Fact]
    public async Task A_known_name_with_other_dates_is_a_409_naming_the_rule()
    {
        var name = $"{Guid.NewGuid():N} twice";
        (await Post(name, new DateOnly(2095, 9, 1), new DateOnly(2096, 1, 31))).EnsureSuccessStatusCode();

        var response = await Post(name, new DateOnly(2095, 9, 1), new DateOnly(2096, 1, 30));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(ConflictRules.PeriodDatesDiffer, (await response.ProblemAsync()).Rule);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("start")]
    [InlineData("end")]
    [InlineData("end-before-start")]
    [InlineData("end-too-late")]
    public async Task Bad_periods_are_refused_with_400_naming_the_field(string what)
    {
        var good = new PeriodRequest($"{Guid.NewGuid():N}", new DateOnly(2094, 9, 1), new DateOnly(2095, 1, 31));
        var (request, field) = what switch
        {
            "name" => (good with { Name = " " }, "name"),
            "start" => (good with { Start = null }, "start"),
            "end" => (good with { End = null }, "end"),
            "end-before-start" => (good with { End = new DateOnly(2094, 8, 31) }, "end"),
            _ => (good with { End = new DateOnly(2098, 1, 1) }, "end"),
        };

        var response = await _coordinator.PostAsJsonAsync("/api/periods", request, TestData.Json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ProblemAsync()).Errors!.Keys);
    }

    [Fact]
    public async Task Only_a_coordinator_declares_and_only_staff_read_periods()
    {
        var body = new PeriodRequest($"{Guid.NewGuid():N}", new DateOnly(2094, 9, 1), new DateOnly(2095, 1, 31));
        var teacher = fixture.CreateClient(TestTokens.Teacher(fixture.Audience, Guid.NewGuid()));
        var trainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, Guid.NewGuid()));
        var student = fixture.CreateClient(TestTokens.Student(fixture.Audience, Guid.NewGuid()));
        var anonymous = fixture.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync("/api/periods")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostAsJsonAsync("/api/periods", body, TestData.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.PostAsJsonAsync("/api/periods", body, TestData.Json)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await trainer.GetAsync("/api/periods")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await student.GetAsync("/api/periods")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/periods")).StatusCode);
        Assert.DoesNotContain(await List("?includeEnded=true"), p => p.Name == body.Name);
    }

    private Task<HttpResponseMessage> Post(string name, DateOnly start, DateOnly end) =>
        _coordinator.PostAsJsonAsync("/api/periods", new PeriodRequest(name, start, end), TestData.Json);

    private async Task<List<PeriodResponse>> List(string query) =>
        (await _coordinator.GetFromJsonAsync<List<PeriodResponse>>($"/api/periods{query}", TestData.Json))!;
}
