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

        var markers = chart.FindAll("path.chart-marker").Select(m => (Role: m.GetAttribute("data-role"), Cy: MarkerY(m.GetAttribute("d")!))).ToList();
        Assert.Equal(3, markers.Count);
        var trainer = markers.Single(m => m.Role == "trainer");
        var self = markers.Where(m => m.Role == "self").ToList();
        Assert.True(trainer.Cy < self[1].Cy - 20, $"strong ({trainer.Cy}) is drawn well above competent ({self[1].Cy})");
        Assert.Single(chart.FindAll("svg.criterion-chart line[stroke='#b00020']"));
        // Coordinates are written with a decimal point even in Dutch, or the browser cannot read them.
        Assert.DoesNotContain(chart.FindAll("path, line, text").SelectMany(e => new[] { e.GetAttribute("d"), e.GetAttribute("y1"), e.GetAttribute("y") }), v => v?.Contains(',') == true);
        Assert.Contains("Op niveau", chart.Find("[data-testid=chart-table-punctuality]").TextContent);
    }

    /// <summary>The y of a marker path's starting point ("M12.5 34h8..." → 34): the marker's level, give or take its size.</summary>
    private static double MarkerY(string path) =>
        double.Parse(new string([.. path[1..].Split(" ", 2)[1].TakeWhile(c => char.IsDigit(c) || c == '.')]), System.Globalization.CultureInfo.InvariantCulture);
}
