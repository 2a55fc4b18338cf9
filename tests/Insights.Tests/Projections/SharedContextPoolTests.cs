using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Testing;
using static PartnershipHub.Insights.Tests.Projections.HistoryEvents;

namespace PartnershipHub.Insights.Tests.Projections;

/// <summary>
/// Dashboard requests and event deliveries lease their contexts from one pool. A request must give its context back as
/// it found it: a context still holding a connection open made the next delivery's inbox transaction fail ("the
/// connection is in use"), so a placement's end never opened its surveys on the running system.
/// </summary>
public sealed class SharedContextPoolTests(ProjectionFixture fixture) : IClassFixture<ProjectionFixture>
{
    [Fact]
    public async Task Events_are_applied_after_dashboard_requests_have_used_the_pooled_contexts()
    {
        var client = fixture.CreateClient(TestTokens.Coordinator(fixture.Audience));
        foreach (var section in new[] { "early-leaving", "companies", "signals", "assessments", "progression", "early-leaving/export" })
        {
            for (var i = 0; i < 4; i++)
            {
                var response = await client.GetAsync($"/api/insights/{section}?cohort=c{i}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        var ends = Enumerable.Range(0, 6)
            .Select(_ => Ended(Snapshot(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PlacementStatus.Active, trainerId: null), 3,
                DateOnly.FromDateTime(DateTime.UtcNow)))
            .ToArray();
        await fixture.PublishAllAsync(ends);
        await fixture.ProcessedAsync(ends);

        var ids = ends.Select(e => e.Placement.PlacementId).ToList();
        Assert.Equal(6, await fixture.ReadAsync(db => db.Surveys.CountAsync(s => ids.Contains(s.PlacementId))));
        Assert.Empty(fixture.Log.Errors);
        Assert.DoesNotContain(fixture.Log.Warnings, w => w.Contains("in use", StringComparison.Ordinal));
    }
}
