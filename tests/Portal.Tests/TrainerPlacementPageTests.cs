using System.Globalization;
using System.Net;
using Bunit;
using MudBlazor;
using PartnershipHub.Portal.Components.Pages.Trainer;
using PartnershipHub.Portal.Components.Shared;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>
/// The trainer's pages: the needs on "my students" as counted links, one reject box for the week being rejected, hours
/// as "8 uur", the plan's workplace goals, the school contact with phone and e-mail, and logging a contact with school.
/// </summary>
public sealed class TrainerPlacementPageTests : PortalTestContext
{
    private static readonly Guid PlacementId = Guid.Parse("77777777-7777-7777-7777-777777777777");
    private static readonly Guid TeacherId = Guid.Parse("88888888-8888-8888-8888-888888888888");
    private static readonly string ContactsCall = $"GET /api/placements/{PlacementId}/contacts";
    private static readonly string LogCall = $"POST /api/placements/{PlacementId}/contacts";

    private static string Placement(string status = "active") => $$"""
        {"id":"{{PlacementId}}","studentId":"{{Guid.NewGuid()}}","studentName":"Sam de Vries","companyId":"{{Guid.NewGuid()}}","companyName":"Zorggroep Oost",
         "periodId":"{{Guid.NewGuid()}}","plannedHours":400,"approvedHours":8,"status":"{{status}}","risks":[],"startDate":"2026-09-01","endDate":"2027-01-31"}
        """;

    private const string TwoOpenWeeks = """
        {"plannedHours":400,"loggedHours":17,"approvedHours":0,"progress":0.0,"weeks":[
         {"weekStart":"2026-11-09","hours":1,"status":"open","days":[{"date":"2026-11-09","hours":1,"description":"Kennismaken","status":"open","decisionComment":null}]},
         {"weekStart":"2026-11-16","hours":16,"status":"open","days":[
           {"date":"2026-11-16","hours":8,"description":"Cliëntenzorg","status":"open","decisionComment":null},
           {"date":"2026-11-17","hours":7.5,"description":"Overdracht","status":"open","decisionComment":null}]}]}
        """;

    private static string Assignments(int drafts) =>
        "[" + string.Join(",", Enumerable.Range(0, drafts).Select(i => $$"""
            {"id":"{{Guid.NewGuid()}}","placementId":"{{PlacementId}}","title":"Opdracht {{i}}","description":"","status":"draft","allowedTransitions":["confirm"]}
            """)) + "]";

    private StubHttpClientFactory Api(string contacts = """{"jointCount":0,"lastContactAt":null,"noRecentContact":false,"contacts":[]}""",
        HttpStatusCode logStatus = HttpStatusCode.Created, string logJson = "{}", string goals = "", string phone = "\"030 123 4502\"")
    {
        var stub = UseApis(new()
        {
            [$"GET /api/placements/{PlacementId}"] = (HttpStatusCode.OK, Placement()),
            [$"GET /api/placements/{PlacementId}/agreement"] = (HttpStatusCode.OK, """{"status":"active","missing":[],"signatures":[]}"""),
            [$"GET /api/placements/{PlacementId}/assignments"] = (HttpStatusCode.OK, Assignments(2)),
            [$"GET /api/placements/{PlacementId}/hours"] = (HttpStatusCode.OK, TwoOpenWeeks),
            [ContactsCall] = (HttpStatusCode.OK, contacts),
            [LogCall] = (logStatus, logJson),
            [$"GET /api/placements/{PlacementId}/school-contact"] = (HttpStatusCode.OK, $$"""{"staffId":"{{TeacherId}}","role":"placementTeacher"}"""),
            [$"GET /api/staff/contacts?ids={TeacherId}"] = (HttpStatusCode.OK, $$"""[{"staffId":"{{TeacherId}}","displayName":"Tessa Docent","email":"t.docent@school.nl","phone":{{phone}}}]"""),
            [$"GET /api/placements/{PlacementId}/workplace-goals"] = (HttpStatusCode.OK, goals.Length > 0 ? goals : $$"""
                {"placementId":"{{PlacementId}}","studentId":"{{Guid.NewGuid()}}","updatedAt":"2026-11-01T10:00:00Z","goals":[
                 {"goalId":"{{Guid.NewGuid()}}","title":"Op tijd komen en afmelden","criterionKey":"punctuality","criterionName":"Stiptheid","needsCategory":null,"status":"open","note":"Bel vóór 8:00"},
                 {"goalId":"{{Guid.NewGuid()}}","title":"Vragen durven stellen","criterionKey":null,"criterionName":null,"needsCategory":"pedagogical","status":"met","note":null}]}
                """),
        });
        AddAuthorization().SetAuthorized("trainer@demo").SetRoles("trainer");
        return stub;
    }

    [Fact]
    public void My_students_links_the_assignments_to_confirm_with_a_proper_plural()
    {
        var stub = Api();
        stub.SetAnswer("GET /api/placements", HttpStatusCode.OK, """{"total":1,"items":[""" + Placement() + "]}");

        var page = Render<MyStudents>();

        var link = page.WaitForElement("a[data-testid=to-confirm]");
        Assert.Equal("2 opdrachten om te bevestigen", link.TextContent.Trim());
        Assert.Equal($"/trainer/placements/{PlacementId}#assignments", link.GetAttribute("href"));
        Assert.Equal("2 weken met uren om goed te keuren", page.Find("a[data-testid=weeks-to-approve]").TextContent.Trim());
        Assert.DoesNotContain("(en)", page.Markup);
        Assert.DoesNotContain("/weken", page.Markup);
    }

    [Fact]
    public void One_assignment_is_singular_in_both_languages()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        var stub = Api();
        stub.SetAnswer("GET /api/placements", HttpStatusCode.OK, """{"total":1,"items":[""" + Placement() + "]}");
        stub.SetAnswer($"GET /api/placements/{PlacementId}/assignments", HttpStatusCode.OK, Assignments(1));

        var page = Render<MyStudents>();

        Assert.Equal("1 assignment to confirm", page.WaitForElement("a[data-testid=to-confirm]").TextContent.Trim());
        Assert.DoesNotContain("(s)", page.Markup);
    }

    [Fact]
    public void No_reject_box_is_open_until_afkeuren_opens_one_for_that_week_only()
    {
        Api();

        var page = Render<PlacementDetail>(p => p.Add(c => c.PlacementId, PlacementId));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=reject-week]").Count));
        Assert.Empty(page.FindAll("[data-testid=reject-reason]"));
        page.FindAll("[data-testid=reject-week]")[1].Click();

        var weeks = page.FindAll("[data-testid=hours-week]");
        Assert.Single(page.FindAll("textarea[data-testid=reject-reason]"));
        Assert.NotNull(weeks[1].QuerySelector("textarea[data-testid=reject-reason]"));
        Assert.Null(weeks[0].QuerySelector("textarea[data-testid=reject-reason]"));
        Assert.NotNull(weeks[0].QuerySelector("[data-testid=reject-week]"));

        page.Find("[data-testid=cancel-reject]").Click();
        Assert.Empty(page.FindAll("[data-testid=reject-reason]"));
    }

    [Fact]
    public void Hours_read_8_uur_in_dutch_and_1_hour_or_7_5_hours_in_english()
    {
        Api();
        var page = Render<PlacementDetail>(p => p.Add(c => c.PlacementId, PlacementId));
        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=hours-day]").Count));
        var dutch = page.FindAll("[data-testid=hours-day]").Select(d => d.TextContent).ToList();
        Assert.Contains(dutch, d => d.Contains("8 uur"));
        Assert.Contains(dutch, d => d.Contains("7,5 uur"));
        Assert.DoesNotContain("uren ·", page.Find("[data-testid=hours-week]").TextContent);

        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        var english = Render<PlacementDetail>(p => p.Add(c => c.PlacementId, PlacementId));
        english.WaitForAssertion(() => Assert.Equal(3, english.FindAll("[data-testid=hours-day]").Count));
        var days = english.FindAll("[data-testid=hours-day]").Select(d => d.TextContent).ToList();
        Assert.Contains(days, d => d.Contains("1 hour") && !d.Contains("1 hours"));
        Assert.Contains(days, d => d.Contains("8 hours"));
        Assert.Contains(days, d => d.Contains("7.5 hours"));
    }

    [Fact]
    public void The_trainer_sees_the_workplace_goals_with_what_they_are_about()
    {
        Api();

        var page = Render<PlacementDetail>(p => p.Add(c => c.PlacementId, PlacementId));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=workplace-goal]").Count));
        var goals = page.FindAll("[data-testid=workplace-goal]");
        Assert.Contains("Op tijd komen en afmelden", goals[0].TextContent);
        Assert.Contains("Beroepshouding: Stiptheid", goals[0].TextContent);
        Assert.Contains("Bel vóór 8:00", goals[0].TextContent);
        Assert.Contains("Ondersteuning: Pedagogisch", goals[1].TextContent);
        Assert.Contains("behaald", goals[1].TextContent);
    }

    [Fact]
    public void Without_workplace_goals_the_card_says_so()
    {
        Api(goals: $$"""{"placementId":"{{PlacementId}}","studentId":"{{Guid.NewGuid()}}","updatedAt":null,"goals":[]}""");

        var card = Render<WorkplaceGoalsCard>(p => p.Add(c => c.PlacementId, PlacementId));

        card.WaitForAssertion(() => Assert.Contains("nog geen doelen voor de werkplek", card.Find("[data-testid=workplace-goals-none]").TextContent));
    }

    [Fact]
    public void The_school_contact_shows_name_role_and_phone_and_e_mail_as_links()
    {
        Api();

        var card = Render<SchoolContactCard>(p => p.Add(c => c.PlacementId, PlacementId));

        card.WaitForAssertion(() => Assert.Equal("Tessa Docent", card.Find("[data-testid=school-contact-name]").TextContent));
        Assert.Equal("Stagedocent", card.Find("[data-testid=school-contact-role]").TextContent);
        var phone = card.Find("a[data-testid=school-contact-phone]");
        Assert.Equal("tel:0301234502", phone.GetAttribute("href"));
        Assert.Equal("Bel Tessa Docent op 030 123 4502", phone.GetAttribute("aria-label"));
        Assert.Equal("mailto:t.docent@school.nl", card.Find("a[data-testid=school-contact-mail]").GetAttribute("href"));
    }

    [Fact]
    public void Without_a_phone_number_only_the_e_mail_is_offered()
    {
        Api(phone: "null");

        var card = Render<SchoolContactCard>(p => p.Add(c => c.PlacementId, PlacementId));

        card.WaitForAssertion(() => Assert.NotNull(card.Find("a[data-testid=school-contact-mail]")));
        Assert.Empty(card.FindAll("[data-testid=school-contact-phone]"));
    }

    [Theory]
    [InlineData("+31 30 123 45 02", "tel:+31301234502")]
    [InlineData("030-1234502", "tel:0301234502")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void A_phone_number_becomes_a_dialable_link(string? phone, string? href) => Assert.Equal(href, SchoolContactCard.TelephoneHref(phone));

    [Fact]
    public void The_trainer_logs_a_contact_with_kind_moment_and_a_note_and_sees_it_in_the_list()
    {
        var stub = Api();
        var page = Render<PlacementDetail>(p => p.Add(c => c.PlacementId, PlacementId));
        var section = page.WaitForElement("[data-testid=trainer-contacts]");
        Assert.Empty(section.QuerySelectorAll("[data-testid=contact-follow-up]"));
        Assert.Empty(section.QuerySelectorAll("[data-testid=contact-joint]"));
        stub.SetAnswer(ContactsCall, HttpStatusCode.OK, $$"""
            {"jointCount":0,"lastContactAt":"2026-12-07T09:00:00Z","noRecentContact":false,"contacts":[
             {"id":"{{Guid.NewGuid()}}","kind":"call","contactedAt":"2026-12-07T09:00:00Z","byStaffId":null,"byRole":"trainer","summary":"Gebeld over de eerste week","joint":false,"followUp":null,"followUpDue":null}]}
            """);

        page.InvokeAsync(() => page.FindComponent<ContactLogPanel>().FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("call"));
        page.Find("input[data-testid=contact-when]").Change("2026-11-20T10:00");
        page.Find("textarea[data-testid=contact-summary]").Change("Gebeld over de eerste week");
        page.Find("[data-testid=contact-save]").Click();

        page.WaitForElement("[data-testid=contact-saved]");
        var (_, body) = Assert.Single(stub.Bodies, b => b.Call == LogCall);
        Assert.Contains("\"kind\":\"call\"", body);
        Assert.Contains("\"summary\":\"Gebeld over de eerste week\"", body);
        Assert.Contains("\"joint\":false", body);
        var contact = page.WaitForElement("[data-testid=contact]");
        Assert.Contains("Gebeld over de eerste week", contact.TextContent);
        Assert.Contains("Praktijkopleider", contact.TextContent);
        Assert.Contains("7 december 2026", contact.TextContent);
    }

    [Fact]
    public void The_services_field_error_is_a_sentence_in_the_users_language()
    {
        Api(logStatus: HttpStatusCode.BadRequest,
            logJson: """{"title":"One or more fields are invalid.","status":400,"errors":{"contactedAt":["A contact about this placement lies after 2025-09-01."]}}""");
        var page = Render<PlacementDetail>(p => p.Add(c => c.PlacementId, PlacementId));
        page.WaitForElement("[data-testid=trainer-contacts]");

        page.InvokeAsync(() => page.FindComponent<ContactLogPanel>().FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("visit"));
        page.Find("input[data-testid=contact-when]").Change("2024-01-10T10:00");
        page.Find("textarea[data-testid=contact-summary]").Change("Bezoek");
        page.Find("[data-testid=contact-save]").Click();

        page.WaitForAssertion(() => Assert.Contains("niet meer dan een jaar voor de start van de stage", page.Find("[data-testid=trainer-contacts]").TextContent));
        Assert.DoesNotContain("A contact about this placement", page.Markup);
    }
}
