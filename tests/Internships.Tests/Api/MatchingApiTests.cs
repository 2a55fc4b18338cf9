using System.Net;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Matching;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

/// <summary>Each test matches within its own period, so the tests of this class share a database without seeing each other's places.</summary>
public sealed class MatchingApiTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private readonly World _world = new(fixture);

    private HttpClient Coordinator => fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    private async Task<RunResponse> RunAsync(params Guid[] students) =>
        await (await Coordinator.PostJsonAsync("/api/matching/runs", new { periodId = _world.PeriodId, studentIds = students, maxAlternatives = 2 }))
            .ReadAsync<RunResponse>(HttpStatusCode.Created);

    [Fact]
    public async Task A_run_proposes_within_the_hard_rules_and_explains_every_outcome()
    {
        var near = await _world.CompanyAsync(places: 1);
        var alsoNear = await _world.CompanyAsync(lat: World.UtrechtLat + 0.05, places: 1);
        await _world.CompanyAsync(lat: World.UtrechtLat - 0.05, places: 1);
        var avoided = await _world.CompanyAsync(lat: World.UtrechtLat + 0.01);
        var notAccredited = await _world.CompanyAsync(accredited: false);
        var first = await _world.StudentAsync(avoid: [avoided]);
        var second = await _world.StudentAsync(avoid: [avoided]);
        var third = await _world.StudentAsync(avoid: [avoided]);
        var farAway = await _world.StudentAsync(lat: 53.2, lon: 6.56, maxKm: 10);

        var run = await RunAsync(first, second, third, farAway);

        Assert.Equal(4, run.StudentCount);
        Assert.Equal(MatchingRunStatus.Draft, run.Status);
        Assert.Equal(3, run.PlacedCount);
        Assert.True(run.TotalCost <= run.GreedyCost);
        Assert.All(run.Proposals!, p => Assert.NotEqual(notAccredited, p.CompanyId));
        Assert.Equal(1, run.Proposals!.Count(p => p.CompanyId == near));
        Assert.Equal(1, run.Proposals!.Count(p => p.CompanyId == alsoNear));
        var proposal = run.Proposals!.First();
        Assert.Equal(["travel", "beyondMax", "sector", "needs", "spreading"], proposal.Terms.Select(t => t.Term));
        Assert.NotNull(proposal.DistanceKm);
        var unplaced = Assert.Single(run.Unplaced!);
        Assert.Equal(farAway, unplaced.StudentId);
        Assert.Contains(unplaced.Excluded, x => x.Rule == ExclusionRules.TooFar);
        Assert.Contains(unplaced.Excluded, x => x.CompanyId == notAccredited && x.Rule == ExclusionRules.NoAccreditation);
    }

    [Fact]
    public async Task Proposals_stay_hidden_until_published_and_accepting_makes_a_proposed_placement()
    {
        var company = await _world.CompanyAsync();
        var student = await _world.StudentAsync();
        var run = await RunAsync(student);
        var asStudent = fixture.CreateClient(TestTokens.Student(fixture.Audience, student));
        var asTrainer = fixture.CreateClient(TestTokens.Trainer(fixture.Audience, company));
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementProposed>());

        Assert.DoesNotContain((await (await asStudent.GetAsync("/api/matching/proposals")).ReadAsync<PageResponse<ProposalResponse>>()).Items, p => p.RunId == run.Id);
        Assert.DoesNotContain((await (await asTrainer.GetAsync("/api/matching/proposals")).ReadAsync<PageResponse<ProposalResponse>>()).Items, p => p.RunId == run.Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await asStudent.GetAsync($"/api/matching/runs/{run.Id}")).StatusCode);

        await (await Coordinator.PostJsonAsync($"/api/matching/runs/{run.Id}/publish")).ReadAsync<RunResponse>();
        await (await Coordinator.PostJsonAsync($"/api/matching/runs/{run.Id}/publish")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains((await (await asStudent.GetAsync("/api/matching/proposals")).ReadAsync<PageResponse<ProposalResponse>>()).Items, p => p.RunId == run.Id);
        Assert.Contains((await (await asTrainer.GetAsync("/api/matching/proposals")).ReadAsync<PageResponse<ProposalResponse>>()).Items, p => p.RunId == run.Id);

        var placement = await (await Coordinator.PostJsonAsync($"/api/matching/runs/{run.Id}/proposals/{student}/accept")).ReadAsync<PlacementResponse>(HttpStatusCode.Created);
        Assert.Equal(PlacementStatus.Proposed, placement.Status);
        Assert.Equal(company, placement.CompanyId);
        Assert.NotNull(placement.TrainerId);
        var e = await events.WaitForAsync<PlacementProposed>(e => e.Placement.PlacementId == placement.Id);
        Assert.Equal(1, e.Version);
        await (await Coordinator.PostJsonAsync($"/api/matching/runs/{run.Id}/proposals/{student}/accept")).AssertConflictAsync("accepted");
        await (await Coordinator.PostJsonAsync($"/api/matching/runs/{run.Id}/proposals/{student}/reject", new { reason = "too late" })).AssertConflictAsync("accepted");
    }

    [Fact]
    public async Task Capacity_counts_placements_already_proposed()
    {
        var company = await _world.CompanyAsync(places: 1);
        await _world.PlacementAsync(company: company);
        var student = await _world.StudentAsync();

        var run = await RunAsync(student);

        Assert.Equal(0, run.PlacedCount);
        Assert.Contains(run.Unplaced!.Single().Excluded, x => x.CompanyId == company && x.Rule == ExclusionRules.NoCapacity);
    }

    [Fact]
    public async Task A_company_that_ended_a_placement_early_is_not_proposed_again()
    {
        var company = await _world.CompanyAsync();
        var student = await _world.StudentAsync();
        var earlier = await _world.PlacementAsync(student, company);
        await (await Coordinator.PostJsonAsync($"/api/placements/{earlier}/end-early", new { reason = "PoorFitWithTrade", endedByRole = "company" })).ReadAsync<PlacementResponse>();

        var run = await RunAsync(student);

        Assert.Equal(0, run.PlacedCount);
        Assert.Contains(run.Unplaced!.Single().Excluded, x => x.CompanyId == company && x.Rule == ExclusionRules.EndedEarlyBefore);
    }

    [Fact]
    public async Task Overrides_are_checked_against_the_hard_rules_and_need_a_reason()
    {
        var company = await _world.CompanyAsync();
        var notAccredited = await _world.CompanyAsync(accredited: false);
        var avoided = await _world.CompanyAsync(lat: World.UtrechtLat + 0.3);
        var far = await _world.CompanyAsync(lat: 53.2, lon: 6.56);
        var student = await _world.StudentAsync(avoid: [avoided]);
        var run = await RunAsync(student);
        var url = $"/api/matching/runs/{run.Id}/proposals/{student}/override";

        await (await Coordinator.PostJsonAsync(url, new { companyId = far })).AssertFieldErrorAsync("reason");
        await (await Coordinator.PostJsonAsync(url, new { reason = "x" })).AssertFieldErrorAsync("companyId");
        await (await Coordinator.PostJsonAsync(url, new { companyId = notAccredited, reason = "x" })).AssertFieldErrorAsync("companyId");
        await (await Coordinator.PostJsonAsync(url, new { companyId = avoided, reason = "x" })).AssertFieldErrorAsync("companyId");
        var placement = await (await Coordinator.PostJsonAsync(url, new { companyId = far, reason = "Student moves to Groningen" })).ReadAsync<PlacementResponse>(HttpStatusCode.Created);

        Assert.Equal(far, placement.CompanyId);
        var stored = (await (await Coordinator.GetAsync($"/api/matching/runs/{run.Id}")).ReadAsync<RunResponse>()).Proposals!.Single();
        Assert.Equal(ProposalStatus.Overridden, stored.Status);
        Assert.Equal("Student moves to Groningen", stored.DecisionReason);
        Assert.NotEqual(company, placement.CompanyId);
    }

    [Fact]
    public async Task Rejecting_leaves_no_placement_and_only_coordinators_run_matching()
    {
        await _world.CompanyAsync();
        var student = await _world.StudentAsync();
        var run = await RunAsync(student);

        var rejected = await (await Coordinator.PostJsonAsync($"/api/matching/runs/{run.Id}/proposals/{student}/reject", new { reason = "wait for next period" })).ReadAsync<ProposalResponse>();

        Assert.Equal(ProposalStatus.Rejected, rejected.Status);
        await (await Coordinator.PostJsonAsync($"/api/matching/runs/{run.Id}/proposals/{student}/accept")).AssertConflictAsync("rejected", "override");
        Assert.Equal(HttpStatusCode.NotFound, (await Coordinator.PostJsonAsync($"/api/matching/runs/{run.Id}/proposals/{Guid.NewGuid()}/accept")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Teacher(fixture.Audience, Guid.NewGuid())).PostJsonAsync("/api/matching/runs", new { periodId = _world.PeriodId })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, Guid.NewGuid())).GetAsync("/api/matching/runs")).StatusCode);
        await (await Coordinator.PostJsonAsync("/api/matching/runs", new { })).AssertFieldErrorAsync("periodId");
        await (await Coordinator.PostJsonAsync("/api/matching/runs", new { periodId = Guid.NewGuid() })).AssertFieldErrorAsync("periodId");
        await (await Coordinator.PostJsonAsync("/api/matching/runs", new { periodId = _world.PeriodId, weights = new { spreading = -1 } })).AssertFieldErrorAsync("weights.spreading");
    }

    [Fact]
    public async Task Accepting_rechecks_capacity_taken_since_the_run()
    {
        var company = await _world.CompanyAsync(places: 1);
        var first = await _world.StudentAsync();
        var second = await _world.StudentAsync();
        var run = await RunAsync(first, second);
        var placed = run.Proposals!.Single().StudentId;
        var unplaced = run.Unplaced!.Single().StudentId;

        await (await Coordinator.PostJsonAsync($"/api/matching/runs/{run.Id}/proposals/{unplaced}/override", new { companyId = company, reason = "sibling works nearby" }))
            .ReadAsync<PlacementResponse>(HttpStatusCode.Created);
        var refused = await (await Coordinator.PostJsonAsync($"/api/matching/runs/{run.Id}/proposals/{placed}/accept")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(ExclusionRules.NoCapacity, refused.GetProperty("errors").GetProperty("companyId")[0].GetString());
    }
}
