using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Progress;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class CriterionChartDataTests
{
    private static GrowthPoint Point(int day, string role, string level, int hour = 10) =>
        new(new DateTimeOffset(2026, 10, day, hour, 0, 0, TimeSpan.Zero), role, level, Guid.NewGuid());

    [Fact]
    public void One_series_per_role_over_every_date_any_role_assessed()
    {
        var chart = CriterionChartData.Build(new CriterionProgress("punctuality", "Stiptheid", null, true,
        [
            Point(1, "self", "strong"),
            Point(3, "trainer", "needsAttention"),
            Point(10, "trainer", "developing"),
            Point(12, "teacher", "competent"),
        ]));

        Assert.Equal([new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 3), new DateOnly(2026, 10, 10), new DateOnly(2026, 10, 12)], chart.Dates);
        Assert.Equal(["trainer", "teacher", "self"], chart.Series.Select(s => s.Role));
        var trainer = chart.Series[0].Values;
        Assert.True(double.IsNaN(trainer[0]));
        Assert.Equal([1, 2, 2], trainer[1..]);
        Assert.Equal([4, 4, 4, 4], chart.Series[2].Values);
        Assert.True(chart.Discrepancy);
    }

    [Fact]
    public void Not_observed_adds_no_point_and_the_latest_of_a_day_counts()
    {
        var chart = CriterionChartData.Build(new CriterionProgress("initiative", "Initiatief", null, false,
        [
            Point(5, "trainer", "developing", hour: 9),
            Point(5, "trainer", "strong", hour: 15),
            Point(6, "mentor", "notObserved"),
        ]));

        Assert.Equal([new DateOnly(2026, 10, 5)], chart.Dates);
        var trainer = Assert.Single(chart.Series);
        Assert.Equal([4], trainer.Values);
        Assert.Equal(1, trainer.Assessments);
    }

    [Fact]
    public void A_criterion_nobody_assessed_has_an_empty_chart()
    {
        var chart = CriterionChartData.Build(new CriterionProgress("appearance", "Verzorging", null, false, []));

        Assert.Empty(chart.Dates);
        Assert.Empty(chart.Series);
    }
}
