using Bunit;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Shared;
using PartnershipHub.Portal.Progress;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>Five assessors who agree must not be drawn as one: each role has its own marker and column, and a sentence says it.</summary>
public sealed class ChartAgreementTests : PortalTestContext
{
    private static readonly DateTimeOffset At = new(2026, 10, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Five_roles_that_agree_stand_side_by_side_with_five_different_markers_and_a_sentence_saying_they_agree()
    {
        var chart = Render<CriterionChart>(p => p.Add(c => c.Data, Chart(("trainer", "competent"), ("teacher", "competent"), ("mentor", "competent"), ("peer", "competent"), ("self", "competent"))));

        var markers = chart.FindAll("path.chart-marker");
        Assert.Equal(5, markers.Count);
        Assert.Equal(5, markers.Select(m => m.GetAttribute("data-marker")).Distinct().Count());
        // Side by side: no two markers start at the same point.
        Assert.Equal(5, markers.Select(m => m.GetAttribute("d")![..m.GetAttribute("d")!.IndexOf(' ', StringComparison.Ordinal)]).Distinct().Count());
        Assert.Equal("Alle beoordelaars geven nu hetzelfde niveau: Op niveau.", chart.Find("[data-testid=chart-agreement-punctuality]").TextContent);
        // The legend shows each role's marker, the table still carries every value.
        Assert.Equal(5, chart.FindAll("[data-testid=chart-legend-punctuality] path[data-marker]").Count);
        Assert.Equal(5, chart.FindAll("[data-testid=chart-table-punctuality] td").Count);
        Assert.All(chart.FindAll("[data-testid=chart-table-punctuality] td"), cell => Assert.Equal("Op niveau", cell.TextContent));
    }

    [Fact]
    public void Roles_that_differ_are_named_with_their_levels_and_how_far_apart_they_are()
    {
        var chart = Render<CriterionChart>(p => p.Add(c => c.Data, Chart(("trainer", "strong"), ("self", "developing"))));

        Assert.Equal(
            "De beoordelaars liggen nu 2 niveaus uit elkaar: Praktijkopleider: Sterk, Student zelf: In ontwikkeling.",
            chart.Find("[data-testid=chart-agreement-punctuality]").TextContent);
        Assert.Equal(["circle", "triangle-down"], chart.FindAll("path.chart-marker").Select(m => m.GetAttribute("data-marker")));
    }

    [Fact]
    public void One_role_alone_gets_no_agreement_sentence()
    {
        var chart = Render<CriterionChart>(p => p.Add(c => c.Data, Chart(("trainer", "strong"))));

        Assert.Empty(chart.FindAll("[data-testid=chart-agreement-punctuality]"));
        Assert.Single(chart.FindAll("path.chart-marker"));
    }

    private static CriterionChartData Chart(params (string Role, string Level)[] assessments) =>
        CriterionChartData.Build(new CriterionProgress("punctuality", "Stiptheid", null, false,
            [.. assessments.Select(a => new GrowthPoint(At, a.Role, a.Level, Guid.NewGuid()))]));
}
