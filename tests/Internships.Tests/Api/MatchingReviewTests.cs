using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Matching;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

/// <summary>What the coordinator's review of a run needs (issue #24, item 8): student numbers, reasons with numbers, a reason for each rejection, discarding drafts, paged runs.</summary>
public sealed class MatchingReviewTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private readonly World _world = new(fixture);

    private HttpClient Coordinator => fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));

    private async Task<RunResponse> RunAsync(params Guid[] students) =>
        await (await Coordinator.PostJsonAsync("/api/matching/runs", new { periodId = _world.PeriodId, studentIds = students, maxAlternatives = 2 }))
            .ReadAsync<RunResponse>(HttpStatusCode.Created);

    private async Task<string> NumberAsync(Guid student)
    {
        var number = "S" + Random.Shared.Next(10_000_000, 99_999_999);
        await fixture.InDatabaseAsync(async db =>
        {
            (await db.Students.FindAsync(student))!.StudentNumber = number;
            return await db.SaveChangesAsync();
        });
        return number;
    }

    [Fact]
    public async Task Proposals_carry_the_student_number_and_reasons_with_their_numbers()
    {
        // About 11 km north of the student, who wants to travel at most 6 km: 5 km further than wanted.
        var company = await _world.CompanyAsync(lat: World.UtrechtLat + 0.1, places: 2);
        var student = await _world.StudentAsync(maxKm: 6, structure: Contracts.NeedLevel.Much);
        var number = await NumberAsync(student);

        var run = await RunAsync(student);

        var proposal = Assert.Single(run.Proposals!);
        Assert.Equal(company, proposal.CompanyId);
        Assert.Equal(number, proposal.StudentNumber);
        var reasons = proposal.Reasons!;
        Assert.Equal(["travel", "beyondMax", "needs"], reasons.Select(r => r.Code));
        Assert.Equal(11, reasons[0].Km);
        Assert.Equal(5, reasons[1].Km);
        Assert.Equal(6, reasons[1].MaxKm);

        var page = await (await Coordinator.GetAsync($"/api/matching/runs/{run.Id}/proposals?search={number}")).ReadAsync<PageResponse<ProposalResponse>>();
        Assert.Equal(1, page.Total);
        Assert.Equal(number, page.Items.Single().StudentNumber);
        var summary = await (await Coordinator.GetAsync($"/api/matching/runs/{run.Id}?summary=true")).ReadAsync<RunResponse>();
        Assert.Null(summary.Proposals);
        Assert.NotNull(summary.Unplaced);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason()
    {
        await _world.CompanyAsync();
        var student = await _world.StudentAsync();
        var run = await RunAsync(student);
        var url = $"/api/matching/runs/{run.Id}/proposals/{student}/reject";

        await (await Coordinator.PostJsonAsync(url)).AssertFieldErrorAsync("reason");
        await (await Coordinator.PostJsonAsync(url, new { reason = "   " })).AssertFieldErrorAsync("reason");
        await (await Coordinator.PostJsonAsync(url, new { reason = new string('x', 501) })).AssertFieldErrorAsync("reason");
        Assert.Equal(ProposalStatus.Open, (await fixture.InDatabaseAsync(db => db.Proposals.SingleAsync(p => p.RunId == run.Id))).Status);

        var rejected = await (await Coordinator.PostJsonAsync(url, new { reason = "Student moves house in October" })).ReadAsync<ProposalResponse>();
        Assert.Equal("Student moves house in October", rejected.DecisionReason);
    }

    [Fact]
    public async Task A_draft_run_can_be_discarded_by_a_coordinator_and_a_published_one_cannot()
    {
        await _world.CompanyAsync(places: 3);
        var draft = await RunAsync(await _world.StudentAsync());
        var published = await RunAsync(await _world.StudentAsync());
        await (await Coordinator.PostJsonAsync($"/api/matching/runs/{published.Id}/publish")).ReadAsync<RunResponse>();
        var student = await _world.StudentAsync();
        var decided = await RunAsync(student);
        await (await Coordinator.PostJsonAsync($"/api/matching/runs/{decided.Id}/proposals/{student}/accept")).ReadAsync<PlacementResponse>(HttpStatusCode.Created);

        foreach (var token in new[]
        {
            TestTokens.Teacher(fixture.Audience, Guid.NewGuid()), TestTokens.Mentor(fixture.Audience, Guid.NewGuid()),
            TestTokens.Trainer(fixture.Audience, Guid.NewGuid()), TestTokens.Student(fixture.Audience, Guid.NewGuid()),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(token).DeleteAsync($"/api/matching/runs/{draft.Id}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await Coordinator.DeleteAsync($"/api/matching/runs/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Coordinator.GetAsync($"/api/matching/runs/{draft.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Coordinator.DeleteAsync($"/api/matching/runs/{draft.Id}")).StatusCode);
        Assert.False(await fixture.InDatabaseAsync(db => db.Proposals.AnyAsync(p => p.RunId == draft.Id)));

        var refused = await (await Coordinator.DeleteAsync($"/api/matching/runs/{published.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("run-published", refused.GetProperty("rule").GetString());
        var kept = await (await Coordinator.DeleteAsync($"/api/matching/runs/{decided.Id}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("run-has-placements", kept.GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Coordinator.GetAsync($"/api/matching/runs/{published.Id}")).StatusCode);
    }

    [Fact]
    public async Task Runs_page_newest_first_with_the_total_and_the_status_filter_applies_before_the_cut()
    {
        await _world.CompanyAsync(places: 5);
        var runs = new List<RunResponse>();
        for (var i = 0; i < 3; i++)
        {
            runs.Add(await RunAsync(await _world.StudentAsync()));
        }

        var first = await (await Coordinator.GetAsync("/api/matching/runs?pageSize=2")).ReadAsync<PageResponse<RunResponse>>();
        var second = await (await Coordinator.GetAsync("/api/matching/runs?pageSize=2&page=2")).ReadAsync<PageResponse<RunResponse>>();
        var drafts = await (await Coordinator.GetAsync("/api/matching/runs?status=draft&pageSize=500")).ReadAsync<PageResponse<RunResponse>>();

        Assert.True(first.Total >= 3);
        Assert.Equal(2, first.Items.Count);
        Assert.Equal(runs[2].Id, first.Items[0].Id);
        Assert.Equal(runs[1].Id, first.Items[1].Id);
        Assert.Equal(runs[0].Id, second.Items[0].Id);
        Assert.All(drafts.Items, r => Assert.Equal(MatchingRunStatus.Draft, r.Status));
        Assert.All(runs, r => Assert.Contains(drafts.Items, d => d.Id == r.Id));
        await (await Coordinator.GetAsync("/api/matching/runs?status=bogus")).AssertFieldErrorAsync("status");
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, Guid.NewGuid())).GetAsync($"/api/matching/runs/{runs[0].Id}/proposals")).StatusCode);
    }
}
