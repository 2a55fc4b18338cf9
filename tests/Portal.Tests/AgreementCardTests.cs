using System.Net;
using Bunit;
using PartnershipHub.Portal.Components.Shared;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The agreement card per role: the agreement's own state, who/when/how, "Ondertekenen" only for the own party, the guardian's link and paper.</summary>
public sealed class AgreementCardTests : PortalTestContext
{
    private static readonly Guid PlacementId = Guid.Parse("33333333-3333-3333-3333-333333333333");
    private static readonly string Path = $"/api/placements/{PlacementId}/agreement";

    /// <summary>A minor's agreement: the student signed in the portal, the company on paper; guardian and school still to sign.</summary>
    private static string Proposed(string? guardianLink = null) => $$"""
        {"placementId":"{{PlacementId}}","status":"proposed","studentIsMinor":true,"agreementStatus":"partlySigned",
         "required":["student","guardian","school","company"],"missing":["guardian","school"],
         "signatures":[
           {"party":"student","method":"portal","signerName":"Sem Jansen","recordedBy":"student:1","signedAt":"2026-08-20T10:00:00Z"},
           {"party":"company","method":"paper","signerName":"Piet Bakker","recordedBy":"coordinator:2","signedAt":"2026-08-21T10:00:00Z","documentId":"44444444-4444-4444-4444-444444444444"}],
         "guardianLink":{{guardianLink ?? "null"}},
         "documents":[{"id":"44444444-4444-4444-4444-444444444444","fileName":"pok.pdf","size":1200,"parties":["company"],"uploadedAt":"2026-08-21T10:00:00Z"}]}
        """;

    private const string ActiveAdult = """
        {"placementId":"33333333-3333-3333-3333-333333333333","status":"active","studentIsMinor":false,"agreementStatus":"signed",
         "required":["student","school","company"],"missing":[],
         "signatures":[
           {"party":"student","method":"portal","signerName":"Sem Jansen","signedAt":"2026-08-20T10:00:00Z"},
           {"party":"school","method":"portal","signerName":"Coördinator","signedAt":"2026-08-22T10:00:00Z"},
           {"party":"company","method":"portal","signerName":"Piet Bakker","signedAt":"2026-08-21T10:00:00Z"}],
         "guardianLink":null,"documents":[]}
        """;

    private IRenderedComponent<AgreementCard> Card(string viewer, string json, Dictionary<string, (HttpStatusCode, string)>? more = null, Action<StubHttpClientFactory>? use = null)
    {
        var answers = new Dictionary<string, (HttpStatusCode Status, string Json)> { [$"GET {Path}"] = (HttpStatusCode.OK, json) };
        foreach (var (call, answer) in more ?? [])
        {
            answers[call] = answer;
        }

        var stub = UseApis(answers);
        use?.Invoke(stub);
        var card = Render<AgreementCard>(p => p.Add(c => c.PlacementId, PlacementId).Add(c => c.Viewer, viewer));
        card.WaitForElement("[data-testid=agreement-status]");
        return card;
    }

    [Fact]
    public void The_card_shows_the_agreements_own_state_not_the_placements()
    {
        var card = Card("trainer", ActiveAdult);

        Assert.Equal("Door alle partijen ondertekend", card.Find("[data-testid=agreement-status]").TextContent.Trim());
        Assert.DoesNotContain("Loopt", card.Markup);
        Assert.Contains("getekend door Piet Bakker op 21 augustus 2026, in het portaal", card.Find("[data-testid=agreement-party-company]").TextContent);
        Assert.Empty(card.FindAll("[data-testid=agreement-sign]"));
        Assert.Empty(card.FindAll("[data-testid=agreement-missing]"));
    }

    [Fact]
    public void Each_party_shows_who_when_how_or_not_yet_signed_and_the_missing_in_a_sentence()
    {
        var card = Card("teacher", Proposed());

        Assert.Equal("Deels ondertekend", card.Find("[data-testid=agreement-status]").TextContent.Trim());
        Assert.Equal("Nog niet ondertekend door: de ouder/verzorger, de school", card.Find("[data-testid=agreement-missing]").TextContent.Trim());
        Assert.Contains("getekend door Sem Jansen op 20 augustus 2026, in het portaal", card.Find("[data-testid=agreement-party-student]").TextContent);
        Assert.Contains("op papier", card.Find("[data-testid=agreement-party-company]").TextContent);
        Assert.Contains("nog niet getekend", card.Find("[data-testid=agreement-party-guardian]").TextContent);
        // A teacher signs for nobody, sends no link and uploads nothing, but may read the scan.
        Assert.Empty(card.FindAll("[data-testid=agreement-sign]"));
        Assert.Empty(card.FindAll("[data-testid=agreement-guardian-send]"));
        Assert.Empty(card.FindAll("[data-testid=agreement-paper-save]"));
        Assert.Equal($"/placements/{PlacementId}/agreement/documents/44444444-4444-4444-4444-444444444444",
            card.Find("[data-testid=agreement-documents] a").GetAttribute("href"));
    }

    [Theory]
    [InlineData("student", "student")]
    [InlineData("coordinator", "school")]
    public void The_sign_button_is_only_at_the_viewers_own_party_and_signs_that_party(string viewer, string party)
    {
        var json = Proposed().Replace("\"missing\":[\"guardian\",\"school\"]", "\"missing\":[\"student\",\"guardian\",\"school\"]")
            .Replace("""{"party":"student","method":"portal","signerName":"Sem Jansen","recordedBy":"student:1","signedAt":"2026-08-20T10:00:00Z"},""", "");
        StubHttpClientFactory? stub = null;
        var card = Card(viewer, json, new() { [$"POST {Path}/signatures"] = (HttpStatusCode.OK, json) }, s => stub = s);

        var button = Assert.Single(card.FindAll("[data-testid=agreement-sign]"));
        Assert.NotNull(card.Find($"[data-testid=agreement-party-{party}]").QuerySelector("[data-testid=agreement-sign]"));
        Assert.Equal("Ondertekenen", button.TextContent.Trim());
        button.Click();

        card.WaitForAssertion(() => Assert.Contains(stub!.Bodies, b => b.Call == $"POST {Path}/signatures"));
        Assert.Equal($$"""{"party":"{{party}}"}""", stub!.Bodies.Single(b => b.Call == $"POST {Path}/signatures").Body);
    }

    [Fact]
    public void A_trainer_with_the_company_signed_sees_no_button_and_no_guardian_or_paper_forms()
    {
        var card = Card("trainer", Proposed());

        Assert.Empty(card.FindAll("[data-testid=agreement-sign]"));
        Assert.Empty(card.FindAll("[data-testid=agreement-guardian-send]"));
        Assert.Empty(card.FindAll("[data-testid=agreement-paper-save]"));
    }

    [Fact]
    public void The_student_sends_the_guardians_link_and_its_refusal_is_a_sentence_beside_the_field()
    {
        StubHttpClientFactory? stub = null;
        var card = Card("student", Proposed(), new()
        {
            [$"POST {Path}/guardian-link"] = (HttpStatusCode.BadRequest, """{"status":400,"errors":{"guardianEmail":["Give the e-mail address of the parent or guardian."]}}"""),
        }, s => stub = s);

        card.Find("[data-testid=agreement-guardian-name] input").Change("Ria Jansen");
        card.Find("[data-testid=agreement-guardian-email] input").Change("ria@");
        card.Find("[data-testid=agreement-guardian-send]").Click();

        card.WaitForAssertion(() => Assert.Contains("Vul een geldig e-mailadres in", card.Find("[data-testid=agreement-guardian-email]").TextContent));
        Assert.DoesNotContain("Give the e-mail", card.Markup);
        Assert.Equal("""{"guardianName":"Ria Jansen","guardianEmail":"ria@"}""", stub!.Bodies.Single(b => b.Call == $"POST {Path}/guardian-link").Body);
        Assert.Empty(card.FindAll("[data-testid=agreement-paper-save]"));
    }

    [Fact]
    public void The_coordinator_sees_the_link_sent_and_the_paper_upload_for_the_missing_parties()
    {
        var link = """{"guardianName":"Ria Jansen","guardianEmail":"ria@example.nl","sentAt":"2026-08-22T10:00:00Z","expiresAt":"2026-09-05T10:00:00Z","usedAt":null}""";
        var card = Card("coordinator", Proposed(link));

        Assert.Equal("Link verstuurd aan Ria Jansen (ria@example.nl) op 22 augustus 2026, geldig tot 5 september 2026. Een nieuwe link vervangt deze.",
            card.Find("[data-testid=agreement-guardian-sent]").TextContent.Trim());
        Assert.Equal("Nieuwe link versturen", card.Find("[data-testid=agreement-guardian-send]").TextContent.Trim());
        Assert.NotNull(card.Find("[data-testid=agreement-paper-guardian]"));
        Assert.NotNull(card.Find("[data-testid=agreement-paper-school]"));
        Assert.Empty(card.FindAll("[data-testid=agreement-paper-company]"));
        Assert.NotNull(card.Find($"label[for=agreement-paper-file-{PlacementId}]"));

        // Without a file the upload says what is needed, beside the file field, and sends nothing.
        card.Find("[data-testid=agreement-paper-save]").Click();
        Assert.Contains("een PDF van hoogstens 10 MB", card.Find($"[data-testid=agreement-paper-file-{PlacementId}-error]").TextContent);
    }

    [Fact]
    public void An_english_viewer_reads_the_card_in_english()
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en");
        var card = Card("teacher", Proposed());

        Assert.Equal("Not yet signed by: the parent/guardian, the school", card.Find("[data-testid=agreement-missing]").TextContent.Trim());
        Assert.Contains("signed by Sem Jansen on 20 August 2026, in the portal", card.Find("[data-testid=agreement-party-student]").TextContent);
    }

    [Fact]
    public void A_start_refused_for_missing_signatures_becomes_a_sentence_naming_them()
    {
        var problem = PartnershipHub.Portal.Api.ApiClient.FromJson(409, System.Text.Json.JsonDocument.Parse(
            """{"status":409,"rule":"agreement-incomplete","detail":"The placement cannot start.","missing":["student","guardian"]}""").RootElement);
        UseApis([]);
        var sentences = Services.GetService(typeof(PartnershipHub.Portal.Api.ProblemSentences)) as PartnershipHub.Portal.Api.ProblemSentences;

        Assert.Equal("Nog niet ondertekend door: de student, de ouder/verzorger", sentences!.Sentence(problem));
        Assert.Equal("De stage kan nog niet beginnen: nog niet iedereen heeft de overeenkomst ondertekend.",
            sentences.Sentence(problem with { Missing = null }));
    }
}
