using Bunit;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Shared;
using PartnershipHub.Portal.Progress;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class CaseloadTests : PortalTestContext
{
    private static readonly DateTimeOffset Soon = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static CaseloadLine Line(string name, string light, int signals = 0, DateTimeOffset? review = null, bool overdue = false) =>
        new(Guid.NewGuid(), name, "9000", "2025", "active", light, [], signals, review, overdue, null);

    [Fact]
    public void Red_before_orange_before_green_then_more_signals_then_the_soonest_review()
    {
        var sorted = CaseloadOrder.Sort(
        [
            Line("Green", "green"),
            Line("Orange late review", "orange", 1, Soon.AddDays(20)),
            Line("Red one signal", "red", 1),
            Line("Orange soon review", "orange", 1, Soon),
            Line("Red three signals", "red", 3),
            Line("Orange no review", "orange", 1),
            Line("Orange two signals", "orange", 2),
        ]);

        Assert.Equal(
            ["Red three signals", "Red one signal", "Orange two signals", "Orange soon review", "Orange late review", "Orange no review", "Green"],
            sorted.Select(l => l.Name));
    }

    [Fact]
    public void An_overdue_review_comes_before_a_planned_one_with_as_many_signals()
    {
        var sorted = CaseloadOrder.Sort([Line("Planned", "red", 1, Soon), Line("Overdue", "red", 1, Soon.AddDays(-30), overdue: true)]);

        Assert.Equal(["Overdue", "Planned"], sorted.Select(l => l.Name));
    }

    [Fact]
    public void The_table_shows_the_most_urgent_student_first_whatever_order_the_api_used()
    {
        var table = Render<CaseloadTable>(p => p.Add(c => c.Lines, [Line("Anna", "green"), Line("Bram", "red", 2), Line("Cem", "orange", 1)]));

        var names = table.FindAll("[data-testid=student-link]").Select(a => a.TextContent).ToList();
        Assert.Equal(["Bram", "Cem", "Anna"], names);
        Assert.Equal(["Dringend", "Aandacht", "Op koers"], table.FindAll("[data-testid=traffic-light]").Select(c => c.TextContent.Trim()));
    }
}
