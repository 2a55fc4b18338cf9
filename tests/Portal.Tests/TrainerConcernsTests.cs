using System.Net;
using Bunit;
using PartnershipHub.Portal.Components.Pages.Trainer;
using PartnershipHub.Portal.Components.Shared;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The trainer's student page on a phone: the school contact card and the "raise a concern" form with the school's answers.</summary>
public sealed class TrainerConcernsTests : PortalTestContext
{
    private static readonly Guid PlacementId = Guid.Parse("33333333-3333-3333-3333-333333333333");
    private static readonly Guid MentorId = Guid.Parse("44444444-4444-4444-4444-444444444444");
    private static readonly string RaiseCall = $"POST /api/placements/{PlacementId}/concerns";
    private static readonly string ListCall = $"GET /api/placements/{PlacementId}/concerns";

    private const string Answered = """
        [{"concernId":"55555555-5555-5555-5555-555555555555","studentId":"66666666-6666-6666-6666-666666666666","placementId":"33333333-3333-3333-3333-333333333333",
          "companyName":"Bakkerij De Korenaar","kind":"lateness","urgency":"normal","urgent":false,"text":"Drie keer te laat deze week.",
          "raisedBy":"t-1","raisedByName":"Kees Bakker","raisedAt":"2026-11-16T08:00:00Z","status":"answered",
          "answer":"Ik spreek haar morgen op school.","answeredBy":"m-1","answeredAt":"2026-11-16T12:00:00Z",
          "closeNote":null,"closedBy":null,"closedAt":null,"canAnswer":false}]
        """;

    private StubHttpClientFactory Api(HttpStatusCode raiseStatus = HttpStatusCode.Created, string raiseJson = "{}", string list = "[]")
    {
        var stub = UseApis(new()
        {
            [ListCall] = (HttpStatusCode.OK, list),
            [RaiseCall] = (raiseStatus, raiseJson),
        });
        AddAuthorization().SetAuthorized("trainer@demo").SetRoles("trainer");
        return stub;
    }

    [Fact]
    public void The_trainer_picks_a_kind_marks_it_urgent_writes_what_happened_and_sends_it()
    {
        var stub = Api();

        var form = Render<TrainerConcerns>(p => p.Add(c => c.PlacementId, PlacementId));
        form.WaitForElement("[data-testid=kind-safety]").Click();
        form.Find("input[data-testid=urgent]").Change(true);
        form.Find("textarea[data-testid=concern-text]").Change("Werkte zonder handschoenen aan de snijmachine.");
        form.Find("[data-testid=raise-concern]").Click();

        form.WaitForElement("[data-testid=concern-sent]");
        var (_, body) = Assert.Single(stub.Bodies, b => b.Call == RaiseCall);
        Assert.Equal("""{"kind":"safety","urgency":"urgent","text":"Werkte zonder handschoenen aan de snijmachine."}""", body);
        Assert.Equal(2, stub.Calls.Count(call => call == ListCall));
        // The kinds are six large buttons, the chosen one pressed, so a thumb can pick one on a 360 px screen.
        Assert.Equal(6, form.FindAll("[data-testid^=kind-]").Count(b => b.TagName == "BUTTON"));
    }

    [Fact]
    public void A_missing_kind_and_text_show_the_services_sentences_at_their_fields()
    {
        Api(HttpStatusCode.BadRequest, """
            {"title":"One or more fields are invalid.","status":400,"errors":{"kind":["Choose what the concern is about."],"text":["Say what happened."]}}
            """);

        var form = Render<TrainerConcerns>(p => p.Add(c => c.PlacementId, PlacementId));
        form.WaitForElement("[data-testid=raise-concern]").Click();

        form.WaitForAssertion(() => Assert.Contains("Choose what the concern is about.", form.Find("[data-testid=kind-error]").TextContent));
        Assert.Contains("Say what happened.", form.Find("[data-testid=trainer-concerns]").TextContent);
        Assert.Empty(form.FindAll("[data-testid=concern-sent]"));
    }

    [Fact]
    public void The_trainer_reads_the_schools_answer_under_their_concern()
    {
        Api(list: Answered);

        var form = Render<TrainerConcerns>(p => p.Add(c => c.PlacementId, PlacementId));

        var concern = form.WaitForElement("[data-testid=concern]");
        Assert.Contains("Te laat", concern.TextContent);
        Assert.Contains("Drie keer te laat deze week.", concern.TextContent);
        Assert.Contains("Ik spreek haar morgen op school.", form.Find("[data-testid=concern-answer]").TextContent);
    }

    [Fact]
    public void The_contact_card_names_the_mentor_with_a_mail_link()
    {
        var stub = UseApis(new()
        {
            [$"GET /api/placements/{PlacementId}/school-contact"] = (HttpStatusCode.OK, $$"""{"staffId":"{{MentorId}}","role":"mentor"}"""),
            [$"GET /api/staff/contacts?ids={MentorId}"] = (HttpStatusCode.OK, $$"""[{"staffId":"{{MentorId}}","displayName":"Anouk de Vries","email":"a.devries@school.nl"}]"""),
        });
        AddAuthorization().SetAuthorized("trainer@demo").SetRoles("trainer");

        var card = Render<SchoolContactCard>(p => p.Add(c => c.PlacementId, PlacementId));

        card.WaitForAssertion(() => Assert.Equal("Anouk de Vries", card.Find("[data-testid=school-contact-name]").TextContent));
        Assert.Contains("Mentor", card.Find("[data-testid=school-contact]").TextContent);
        Assert.Equal("mailto:a.devries@school.nl", card.Find("a[data-testid=school-contact-mail]").GetAttribute("href"));
        Assert.Contains($"GET /api/staff/contacts?ids={MentorId}", stub.Calls);
    }

    [Fact]
    public void Without_a_contact_the_card_sends_the_trainer_to_the_coordinator()
    {
        UseApis(new() { [$"GET /api/placements/{PlacementId}/school-contact"] = (HttpStatusCode.OK, """{"staffId":null,"role":null}""") });
        AddAuthorization().SetAuthorized("trainer@demo").SetRoles("trainer");

        var card = Render<SchoolContactCard>(p => p.Add(c => c.PlacementId, PlacementId));

        card.WaitForAssertion(() => Assert.Contains("stagecoördinator", card.Find("[data-testid=school-contact-none]").TextContent));
    }

    [Fact]
    public void The_mentor_answers_a_concern_and_the_panel_reloads()
    {
        var studentId = Guid.Parse("66666666-6666-6666-6666-666666666666");
        var concernId = "55555555-5555-5555-5555-555555555555";
        var open = Answered.Replace("\"answered\"", "\"open\"", StringComparison.Ordinal).Replace("\"canAnswer\":false", "\"canAnswer\":true", StringComparison.Ordinal);
        var stub = UseApis(new()
        {
            [$"GET /api/students/{studentId}/concerns?status=all"] = (HttpStatusCode.OK, open),
            [$"POST /api/concerns/{concernId}/answer"] = (HttpStatusCode.OK, "{}"),
        });
        AddAuthorization().SetAuthorized("mentor@demo").SetRoles("mentor");

        var panel = Render<SchoolConcernsPanel>(p => p.Add(c => c.StudentId, studentId));
        panel.WaitForElement("textarea[data-testid=concern-reply]").Change("Ik bel haar vandaag.");
        panel.Find("[data-testid=concern-step]").Click();

        panel.WaitForAssertion(() => Assert.Equal(2, stub.Calls.Count(c => c == $"GET /api/students/{studentId}/concerns?status=all")));
        var (_, body) = Assert.Single(stub.Bodies, b => b.Call == $"POST /api/concerns/{concernId}/answer");
        Assert.Equal("""{"answer":"Ik bel haar vandaag."}""", body);
    }
}
