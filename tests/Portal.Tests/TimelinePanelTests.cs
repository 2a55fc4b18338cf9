using System.Globalization;
using Bunit;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Shared;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The progress view's timeline in one language, with a private help request's topic left out.</summary>
public sealed class TimelinePanelTests : PortalTestContext
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    private static List<TimelineItem> Items() =>
    [
        new(Monday.AddDays(3).AddHours(9), "concernRaised", "lateness", "Bakkerij De Korenaar", true, false, null, null, Guid.NewGuid()),
        new(Monday.AddDays(2).AddHours(10), "helpRequestAsked", null, null, false, true, null, null, Guid.NewGuid()),
        new(Monday.AddDays(1).AddHours(10), "helpRequestAsked", "schoolWork", null, false, false, null, null, Guid.NewGuid()),
        new(Monday, "absenceWeek", null, null, false, false, 6.5m, null, null),
        new(Monday.AddDays(-3), "signalRaised", "absenceRising", null, true, false, null, null, Guid.NewGuid()),
        new(Monday.AddDays(-10), "assessmentSubmitted", "trainer", null, false, false, null, null, Guid.NewGuid()),
        new(Monday.AddDays(-11), "somethingNew", null, null, false, false, null, null, null),
    ];

    [Fact]
    public void Every_line_reads_as_a_Dutch_sentence_newest_first()
    {
        var panel = Render<TimelinePanel>(p => p.Add(c => c.Items, Items()));

        var lines = panel.FindAll("[data-testid=timeline-item]").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(7, lines.Count);
        Assert.Contains("Zorgmelding van Bakkerij De Korenaar: te laat", lines[0], StringComparison.Ordinal);
        Assert.Contains("Urgent", lines[0], StringComparison.Ordinal);
        Assert.Contains("Hulpvraag van de student (privé: alleen mentor en zorg)", lines[1], StringComparison.Ordinal);
        Assert.Contains("Hulpvraag van de student over schoolwerk", lines[2], StringComparison.Ordinal);
        Assert.Contains("Verzuim die week: 6,5 uur ongeoorloofd, 0 uur geoorloofd", lines[3], StringComparison.Ordinal);
        Assert.Contains("30 nov 2026", lines[3], StringComparison.Ordinal);
        Assert.Contains("Signaal: verzuim neemt toe", lines[4], StringComparison.Ordinal);
        Assert.Contains("Beoordeling beroepshouding ingediend (praktijkopleider)", lines[5], StringComparison.Ordinal);
        Assert.Contains("Er is iets vastgelegd", lines[6], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("Timeline.", StringComparison.Ordinal) || l.Contains("Signal.Rule.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_English_reader_sees_English_only()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en-GB");

        var panel = Render<TimelinePanel>(p => p.Add(c => c.Items, Items()));

        var text = panel.Find("[data-testid=timeline]").TextContent;
        Assert.Contains("Concern from Bakkerij De Korenaar: lateness", text, StringComparison.Ordinal);
        Assert.Contains("Absence that week: 6.5 hours unauthorised, 0 hours authorised", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zorgmelding", text, StringComparison.Ordinal);
        Assert.DoesNotContain("uur", text, StringComparison.Ordinal);
    }
}
