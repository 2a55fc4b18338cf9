using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Portal.Components.Pages.GuardianSigning;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The guardian's page: the summary and form, signed, and every state of a link that cannot be used, in words.</summary>
public sealed class GuardianSignPageTests : PortalTestContext
{
    private const string Token = "tok_EN-123";

    public GuardianSignPageTests() => Services.AddSingleton<AntiforgeryStateProvider>(new NoAntiforgery());

    private const string Summary = """
        {"studentFirstName":"Sem","companyName":"Bakkerij Jansen","startDate":"2026-09-01","endDate":"2027-01-31","plannedHours":400,
         "guardianName":"Ria Jansen","expiresAt":"2026-09-15T10:00:00Z","signedAt":null}
        """;

    private StubHttpClientFactory Api(HttpStatusCode lookupStatus, string lookupJson, HttpStatusCode signStatus = HttpStatusCode.OK, string? signJson = null) =>
        UseApis(new()
        {
            ["POST /api/agreement-links/lookup"] = (lookupStatus, lookupJson),
            ["POST /api/agreement-links/sign"] = (signStatus, signJson ?? Summary.Replace("\"signedAt\":null", "\"signedAt\":\"2026-08-25T09:00:00Z\"")),
        });

    private IRenderedComponent<GuardianSign> Page() => Render<GuardianSign>(p => p.Add(c => c.Token, Token));

    [Fact]
    public void The_guardian_reads_the_summary_in_dutch_and_signs_with_name_and_agreement()
    {
        var stub = Api(HttpStatusCode.OK, Summary);
        var page = Page();

        page.WaitForElement("[data-testid=guardian-form]");
        var summary = page.Find("[data-testid=guardian-summary]").TextContent;
        Assert.Contains("Sem", summary);
        Assert.Contains("Bakkerij Jansen", summary);
        Assert.Contains("1 september 2026 t/m 31 januari 2027", summary);
        Assert.Contains("400 uur", summary);
        Assert.Equal("Ik ga akkoord met deze praktijkovereenkomst", page.Find("label[for=guardian-agree]").TextContent.Trim());
        Assert.Equal($$"""{"token":"{{Token}}"}""", stub.Bodies.Single(b => b.Call == "POST /api/agreement-links/lookup").Body);

        page.Find("#guardian-name").Change("Ria Jansen");
        page.Find("#guardian-agree").Change(true);
        page.Find("form").Submit();

        page.WaitForElement("[data-testid=guardian-signed]");
        Assert.Contains("25 augustus 2026 ondertekend", page.Find("[data-testid=guardian-signed]").TextContent);
        Assert.Empty(page.FindAll("form"));
        Assert.Equal($$"""{"token":"{{Token}}","signerName":"Ria Jansen","agree":true}""", stub.Bodies.Single(b => b.Call == "POST /api/agreement-links/sign").Body);
    }

    [Fact]
    public void Without_a_name_or_the_tick_the_page_says_so_beside_each_field_and_sends_nothing()
    {
        var stub = Api(HttpStatusCode.OK, Summary);
        var page = Page();

        page.WaitForElement("form").Submit();

        Assert.Equal("Vul uw naam in.", page.Find("[data-testid=guardian-name-error]").TextContent.Trim());
        Assert.Equal("Vink aan dat u akkoord gaat.", page.Find("[data-testid=guardian-agree-error]").TextContent.Trim());
        Assert.Equal("guardian-name-error", page.Find("#guardian-name").GetAttribute("aria-describedby"));
        Assert.DoesNotContain(stub.Calls, c => c == "POST /api/agreement-links/sign");
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "", "guardian-unknown", "Deze link is onbekend of vervangen")]
    [InlineData(HttpStatusCode.Conflict, """{"status":409,"rule":"guardian-link-used"}""", "guardian-used", "Deze link is al gebruikt")]
    [InlineData(HttpStatusCode.Conflict, """{"status":409,"rule":"guardian-link-expired"}""", "guardian-expired", "Deze link is verlopen")]
    [InlineData(HttpStatusCode.Conflict, """{"status":409,"rule":"already-signed"}""", "guardian-already-signed", "al namens de ouder of verzorger ondertekend")]
    [InlineData(HttpStatusCode.Conflict, """{"status":409,"rule":"transition-not-allowed","state":"endedEarly"}""", "guardian-closed", "kan niet meer ondertekend worden")]
    public void A_link_that_cannot_be_used_is_a_clear_sentence_not_json(HttpStatusCode status, string json, string testId, string sentence)
    {
        Api(status, json);
        var page = Page();

        page.WaitForElement($"[data-testid={testId}]");
        Assert.Contains(sentence, page.Find($"[data-testid={testId}]").TextContent);
        Assert.Empty(page.FindAll("form"));
        Assert.DoesNotContain("{", page.Find($"[data-testid={testId}]").TextContent);
    }

    [Fact]
    public void In_english_the_page_reads_in_english()
    {
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("en");
        Api(HttpStatusCode.OK, Summary);
        var page = Page();

        page.WaitForElement("[data-testid=guardian-form]");
        Assert.Equal("Sign the placement agreement", page.Find("h1").TextContent.Trim());
        Assert.Contains("1 September 2026 to 31 January 2027", page.Find("[data-testid=guardian-summary]").TextContent);
        Assert.Equal("I agree to this placement agreement", page.Find("label[for=guardian-agree]").TextContent.Trim());
    }

    /// <summary>The page is a plain form; outside a real request there is no antiforgery token to render.</summary>
    private sealed class NoAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => null;
    }
}
