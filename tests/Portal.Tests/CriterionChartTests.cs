using Bunit;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Shared;
using PartnershipHub.Portal.Progress;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class CriterionChartTests : PortalTestContext
{
    [Fact]
    public void Each_level_is_drawn_at_its_own_height_and_a_role_starts_at_its_first_assessment()
    {
        var at = new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero);
        var data = CriterionChartData.Build(new CriterionProgress("punctuality", "Stiptheid", null, true,
        [
            new GrowthPoint(at, "self", "competent", Guid.NewGuid()),
            new GrowthPoint(at.AddDays(7), "self", "competent", Guid.NewGuid()),
            new GrowthPoint(at.AddDays(7), "trainer", "strong", Guid.NewGuid()),
        ]));

        var chart = Render<CriterionChart>(p => p.Add(c => c.Data, data));

        var circles = chart.FindAll("circle").Select(c => (Cx: c.GetAttribute("cx"), Cy: double.Parse(c.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(3, circles.Count);
        var trainer = circles[0];
        var self = circles.Skip(1).ToList();
        Assert.True(trainer.Cy < self[1].Cy - 20, $"strong ({trainer.Cy}) is drawn well above competent ({self[1].Cy})");
        Assert.Single(chart.FindAll("line[stroke='#8a3b12']"));
        // Coordinates are written with a decimal point even in Dutch, or the browser cannot read them.
        Assert.DoesNotContain(chart.FindAll("circle, line, text").SelectMany(e => new[] { e.GetAttribute("cy"), e.GetAttribute("y1"), e.GetAttribute("y") }), v => v?.Contains(',') == true);
        Assert.Contains("Op niveau", chart.Find("[data-testid=chart-table-punctuality]").TextContent);
    }
}
