using System.Globalization;
using System.Net;
using Bunit;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Shared;
using PartnershipHub.Portal.Progress;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>A signal raised by hand (mentor, linked teacher, care), and its evidence in one language.</summary>
public sealed class RaiseSignalPanelTests : PortalTestContext
{
    private static readonly Guid StudentId = Guid.Parse("5eed0000-0000-0000-0000-00000000b001");
    private const string CareStaffId = "5eed0000-0000-0000-0000-00000000a003";

    private static string OwnSignal(string status = "open") => $$"""
        [{"signalId":"11111111-1111-1111-1111-111111111111","studentId":"{{StudentId}}","rule":"manual","subject":"manual:x","status":"{{status}}",
          "evidence":"Huilde op het spreekuur.","link":"/x","raisedAt":"2026-11-20T09:00:00Z","evidenceEnglish":"Huilde op het spreekuur.","urgent":true,"raisedBy":"{{CareStaffId}}"},
         {"signalId":"22222222-2222-2222-2222-222222222222","studentId":"{{StudentId}}","rule":"hoursBehindPlan","subject":"p","status":"open",
          "evidence":"Uren achter.","link":"/x","raisedAt":"2026-11-19T09:00:00Z","evidenceEnglish":"Hours behind.","urgent":false}]
        """;

    [Fact]
    public void Care_raises_an_urgent_signal_and_sees_the_ones_they_raised()
    {
        var stub = UseApis(new()
        {
            [$"POST /api/students/{StudentId}/signals"] = (HttpStatusCode.Created, """{"signalId":"11111111-1111-1111-1111-111111111111","studentId":"5eed0000-0000-0000-0000-00000000b001","rule":"manual","status":"open","raisedAt":"2026-11-20T09:00:00Z","urgent":true}"""),
            [$"GET /api/students/{StudentId}/signals"] = (HttpStatusCode.OK, OwnSignal()),
        });

        var panel = Render<RaiseSignalPanel>(p => p.Add(c => c.StudentId, StudentId).Add(c => c.StaffId, Guid.Parse(CareStaffId)));
        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=own-signal]")));
        panel.Find("textarea[data-testid=signal-description]").Change("Huilde op het spreekuur.");
        panel.Find("input[data-testid=signal-urgent]").Change(true);
        panel.Find("[data-testid=signal-raise]").Click();

        panel.WaitForAssertion(() => Assert.Equal("Het signaal staat bij de student; de mentor ziet het.", panel.Find("[data-testid=signal-raised]").TextContent.Trim()));
        var body = Assert.Single(stub.Bodies, b => b.Call == $"POST /api/students/{StudentId}/signals").Body;
        Assert.Contains("\"description\":\"Huilde op het spreekuur.\"", body, StringComparison.Ordinal);
        Assert.Contains("\"urgent\":true", body, StringComparison.Ordinal);
        // Only the signal this person raised is listed to close, marked urgent in Dutch.
        var own = Assert.Single(panel.FindAll("[data-testid=own-signal]"));
        Assert.Contains("Urgent", own.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Uren achter", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_description_is_marked_on_the_field()
    {
        UseApis(new()
        {
            [$"POST /api/students/{StudentId}/signals"] = (HttpStatusCode.BadRequest,
                """{"title":"One or more validation errors occurred.","status":400,"errors":{"description":["Say what you saw (at most 2000 characters)."]}}"""),
        });

        var panel = Render<RaiseSignalPanel>(p => p.Add(c => c.StudentId, StudentId));
        panel.Find("[data-testid=signal-raise]").Click();

        panel.WaitForAssertion(() => Assert.Contains("Beschrijf kort wat je zag", panel.Markup, StringComparison.Ordinal));
        Assert.Empty(panel.FindAll("[data-testid=signal-raised]"));
    }

    [Fact]
    public void Evidence_is_shown_in_the_readers_language_and_never_the_other()
    {
        var signal = new Signal(Guid.NewGuid(), StudentId, "hoursBehindPlan", null, "open", "64 uur goedgekeurd.", DateTimeOffset.UtcNow, null, null, null, "64 hours approved.");
        var old = signal with { EvidenceEnglish = null };

        Assert.Equal("64 uur goedgekeurd.", SignalEvidence.For(signal, "Uren achter op plan"));
        CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
        Assert.Equal("64 hours approved.", SignalEvidence.For(signal, "Hours behind plan"));
        Assert.Equal("Hours behind plan", SignalEvidence.For(old, "Hours behind plan"));
    }
}
