using Bunit;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Components.Shared;
using PartnershipHub.Portal.Contacts;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class ContactLogTests : PortalTestContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeZoneInfo.Local.GetUtcOffset(new DateTime(2026, 11, 23, 12, 0, 0)));

    private static ContactDraft Valid() => new() { Kind = "visit", ContactedAt = "2026-11-20T10:30", Summary = "  Goed gesprek op de werkvloer  ", Joint = true };

    private static Contact Contact(bool joint, string kind = "call") =>
        new(Guid.NewGuid(), kind, Now.AddDays(-2), Guid.NewGuid(), "teacher", "Besproken", joint, null, null);

    [Fact]
    public void A_complete_draft_has_no_errors_and_becomes_the_request()
    {
        var draft = Valid();

        Assert.Empty(draft.Validate(Now));
        var request = draft.ToRequest();
        Assert.Equal("visit", request.Kind);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 30, 0, Now.Offset), request.ContactedAt);
        Assert.Equal("Goed gesprek op de werkvloer", request.Summary);
        Assert.True(request.Joint);
        Assert.Null(request.FollowUp);
        Assert.Null(request.FollowUpDue);
    }

    [Fact]
    public void An_empty_draft_names_kind_moment_and_summary()
    {
        var errors = new ContactDraft().Validate(Now);

        Assert.Equal(["contactedAt", "kind", "summary"], errors.Keys.Order());
        Assert.Equal("Contacts.Error.When", errors["contactedAt"]);
    }

    [Fact]
    public void A_contact_in_the_future_is_refused_like_the_api_does()
    {
        var draft = Valid();
        draft.ContactedAt = "2026-11-23T13:00";

        Assert.Equal("Contacts.Error.Future", draft.Validate(Now)["contactedAt"]);
    }

    [Fact]
    public void A_follow_up_date_needs_a_follow_up_text()
    {
        var draft = Valid();
        draft.FollowUpDue = "2026-12-01";

        Assert.Equal("Contacts.Error.FollowUp", Assert.Single(draft.Validate(Now)).Value);

        draft.FollowUp = "Tweede bezoek plannen";
        Assert.Empty(draft.Validate(Now));
        Assert.Equal(new DateOnly(2026, 12, 1), draft.ToRequest().FollowUpDue);
    }

    [Fact]
    public void An_unknown_kind_and_a_too_long_summary_are_refused()
    {
        var draft = Valid();
        draft.Kind = "Telepathy";
        draft.Summary = new string('x', ContactDraft.SummaryMaxLength + 1);

        Assert.Equal(["kind", "summary"], draft.Validate(Now).Keys.Order());
    }

    [Fact]
    public void The_panel_counts_joint_conversations_and_lists_the_moments()
    {
        var panel = Render<ContactLogPanel>(p => p.Add(c => c.Log, new ContactLog(1, Now.AddDays(-2), false, [Contact(true, "visit"), Contact(false)])));

        Assert.Equal("1 van 2 contactmomenten gezamenlijk (student, school en leerbedrijf samen).", panel.Find("[data-testid=joint-count]").TextContent);
        var rows = panel.FindAll("[data-testid=contact]").Select(r => r.TextContent).ToList();
        Assert.Contains("Bezoek", rows[0]);
        Assert.Contains("Docent", rows[0]);
        Assert.Contains("Ja", rows[0]);
        Assert.Contains("Telefoongesprek", rows[1]);
        Assert.Empty(panel.FindAll("[data-testid=no-recent-contact]"));
        Assert.Empty(panel.FindAll("form"));
    }

    [Fact]
    public void A_placement_without_recent_contact_says_so()
    {
        var panel = Render<ContactLogPanel>(p => p.Add(c => c.Log, new ContactLog(0, null, true, [])));

        Assert.NotNull(panel.Find("[data-testid=no-recent-contact]"));
        Assert.NotNull(panel.Find("[data-testid=no-contacts]"));
        Assert.Contains("nog nooit", panel.Markup);
    }

    [Fact]
    public void Submitting_an_empty_form_shows_the_errors_and_sends_nothing()
    {
        var sent = new List<LogContactRequest>();
        var panel = Render<ContactLogPanel>(p => p
            .Add(c => c.Log, new ContactLog(0, null, false, []))
            .Add(c => c.OnLog, request => { sent.Add(request); return Task.FromResult<ApiProblem?>(null); }));

        panel.Find("form").Submit();

        Assert.Empty(sent);
        Assert.Contains("Kies het soort contact.", panel.Markup);
        Assert.Contains("Vul in wanneer het contact was.", panel.Markup);
        Assert.Contains("Vat het contact samen", panel.Markup);
    }
}
