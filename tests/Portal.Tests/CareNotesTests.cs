using Bunit;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Shared;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class CareNotesTests : PortalTestContext
{
    private static readonly Guid Me = Guid.Parse("5eed0000-0000-0000-0000-00000000a001");
    private static readonly Guid Colleague = Guid.Parse("5eed0000-0000-0000-0000-00000000a003");

    private static ApiProblem Problem(int status, Dictionary<string, string[]>? errors = null) => new(status, null, null, null, errors ?? []);

    [Fact]
    public void A_refusal_says_who_may_read_the_notes_instead_of_an_error()
    {
        var panel = Render<CareNotesPanel>(p => p.Add(c => c.Problem, Problem(403)));

        Assert.Equal("Alleen de mentor van de student en zorgmedewerkers kunnen deze notities zien.", panel.Find("[data-testid=care-notes-refused]").TextContent.Trim());
        Assert.Empty(panel.FindAll("[data-testid=problem]"));
        Assert.Empty(panel.FindAll("[data-testid=care-note-save]"));
        Assert.Contains("vastgelegd", panel.Find("[data-testid=care-notes-logged]").TextContent);
    }

    [Fact]
    public void Notes_show_newest_first_as_given_with_you_for_the_own_notes()
    {
        var panel = Render<CareNotesPanel>(p => p
            .Add(c => c.Notes, [new CareNote(Guid.NewGuid(), Me, "Gesprek met moeder", DateTimeOffset.Now), new CareNote(Guid.NewGuid(), Colleague, "Schuldhulp gestart", DateTimeOffset.Now.AddDays(-3))])
            .Add(c => c.CurrentStaffId, Me));

        var notes = panel.FindAll("[data-testid=care-note]").Select(n => n.TextContent).ToList();
        Assert.Equal(2, notes.Count);
        Assert.Contains("Gesprek met moeder", notes[0]);
        Assert.Contains("jij", notes[0]);
        Assert.Contains("medewerker …a003", notes[1]);
        Assert.Empty(panel.FindAll("[data-testid=access-log]"));
    }

    [Fact]
    public void An_empty_note_is_not_sent()
    {
        var sent = new List<string>();
        var panel = Render<CareNotesPanel>(p => p
            .Add(c => c.Notes, [])
            .Add(c => c.OnWrite, text => { sent.Add(text); return Task.FromResult<ApiProblem?>(null); }));

        panel.Find("form").Submit();

        Assert.Empty(sent);
        Assert.Contains("Schrijf eerst de notitie.", panel.Markup);
    }

    [Fact]
    public void A_note_is_sent_trimmed_and_the_field_cleared()
    {
        var sent = new List<string>();
        var panel = Render<CareNotesPanel>(p => p
            .Add(c => c.Notes, [])
            .Add(c => c.OnWrite, text => { sent.Add(text); return Task.FromResult<ApiProblem?>(null); }));

        panel.Find("textarea").Change("  Thuissituatie besproken  ");
        panel.Find("form").Submit();

        Assert.Equal(["Thuissituatie besproken"], sent);
        Assert.Equal("", panel.Find("textarea").GetAttribute("value") ?? "");
    }

    [Fact]
    public void Care_staff_see_the_access_log_with_role_and_action()
    {
        var panel = Render<CareNotesPanel>(p => p
            .Add(c => c.Notes, [])
            .Add(c => c.CurrentStaffId, Colleague)
            .Add(c => c.AccessLog, [new CareNoteAccess(Guid.NewGuid(), Me, "mentor", "read", DateTimeOffset.Now), new CareNoteAccess(Guid.NewGuid(), Colleague, "care", "write", DateTimeOffset.Now)]));

        var rows = panel.FindAll("[data-testid=access-log] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("Mentor", rows[0]);
        Assert.Contains("Gelezen", rows[0]);
        Assert.Contains("Zorgmedewerker", rows[1]);
        Assert.Contains("Geschreven", rows[1]);
        Assert.Contains("jij", rows[1]);
        Assert.Equal(4, panel.FindAll("[data-testid=access-log] th[scope=col]").Count);
    }
}
