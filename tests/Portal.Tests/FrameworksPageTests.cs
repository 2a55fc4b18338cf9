using System.Globalization;
using System.Net;
using System.Text.Json;
using Bunit;
using PartnershipHub.Portal.Components.Pages.Coordinator;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class FrameworksPageTests : PortalTestContext
{
    private static readonly Guid V1 = Guid.Parse("6e1d0000-0000-0000-0000-000000000001");
    private static readonly Guid V2 = Guid.Parse("6e1d0000-0000-0000-0000-000000000002");

    private static string Criterion(string key, string name) =>
        $"{{\"key\":\"{key}\",\"name\":\"{name}\",\"description\":\"Over {name}.\","
        + "\"descriptors\":{\"needsAttention\":\"Te laat.\",\"developing\":\"Soms op tijd.\",\"competent\":\"Op tijd.\",\"strong\":\"Altijd op tijd.\"}}";

    private static string Version(Guid id, int version, string firstName) => $$"""
        {"frameworkId":"{{id}}","key":"beroepshouding","version":{{version}},"name":"Beroepshouding (standaard)","crebos":[],
         "publishedAt":"2026-0{{version}}-15T10:00:00Z","criteria":[{{Criterion("punctuality", firstName)}},{{Criterion("initiative", "Initiatief")}}]}
        """;

    private static readonly string Versions = $"[{Version(V2, 2, "Op tijd komen")},{Version(V1, 1, "Punctualiteit")}]";

    private static readonly string Usage = $$"""
        [{"frameworkId":"{{V2}}","key":"beroepshouding","version":2,"assessments":0,"submitted":0,"drafts":0,"programmes":[]},
         {"frameworkId":"{{V1}}","key":"beroepshouding","version":1,"assessments":1312,"submitted":1300,"drafts":12,
          "programmes":[{"crebo":"25258","qualificationName":"Verkoper","assessments":1000},{"crebo":null,"qualificationName":null,"assessments":312}]}]
        """;

    private StubHttpClientFactory Api(HttpStatusCode publishStatus, string publishAnswer)
    {
        var stub = UseApis(new()
        {
            ["GET /api/frameworks"] = (HttpStatusCode.OK, Versions),
            ["GET /api/frameworks/usage"] = (HttpStatusCode.OK, Usage),
            ["POST /api/frameworks"] = (publishStatus, publishAnswer),
        });
        AddAuthorization().SetAuthorized("coordinator@demo").SetRoles("coordinator");
        return stub;
    }

    [Fact]
    public void Every_version_shows_its_criteria_and_how_many_assessments_use_it_by_programme()
    {
        Api(HttpStatusCode.Created, "{}");

        var page = Render<Frameworks>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid^=version-]").Count));
        var v1 = page.Find("[data-testid=version-beroepshouding-1]").TextContent;
        Assert.Contains("Versie 1 · gepubliceerd op 15 januari 2026", v1, StringComparison.Ordinal);
        Assert.Contains("1.312 beoordelingen: 1.300 ingediend, 12 concept", v1, StringComparison.Ordinal);
        Assert.Contains("25258 Verkoper", v1, StringComparison.Ordinal);
        Assert.Contains("Opleiding onbekend", v1, StringComparison.Ordinal);
        Assert.Contains("Aandacht nodig: Te laat.", v1, StringComparison.Ordinal);
        var v2 = page.Find("[data-testid=version-beroepshouding-2]").TextContent;
        Assert.Contains("Nog geen beoordelingen op deze versie.", v2, StringComparison.Ordinal);
        Assert.Contains("Dit is de huidige versie", v2, StringComparison.Ordinal);
        Assert.Contains("Voor alle opleidingen", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Publishing_copies_the_newest_version_sends_the_edited_texts_and_says_it_is_published()
    {
        var stub = Api(HttpStatusCode.Created, Version(Guid.NewGuid(), 3, "Stipt"));
        var page = Render<Frameworks>();
        page.WaitForAssertion(() => page.Find("[data-testid=new-version-beroepshouding]"));

        page.Find("[data-testid=new-version-beroepshouding]").Click();
        Assert.Contains("Nieuwe versie van Beroepshouding (standaard) (versie 3)", page.Find("h2").TextContent, StringComparison.Ordinal);
        Assert.Equal("Op tijd komen", page.Find("input[data-testid=criterion-0-name]").GetAttribute("value"));
        page.Find("input[data-testid=criterion-0-name]").Change("Stipt");
        page.Find("textarea[data-testid=criterion-0-strong]").Change("Altijd ruim op tijd.");
        page.Find("[data-testid=framework-editor]").Submit();

        page.WaitForAssertion(() => Assert.Equal(
            "Beroepshouding (standaard) versie 3 is gepubliceerd. Nieuwe beoordelingen gebruiken deze versie.", page.Find("[data-testid=published]").TextContent.Trim()));
        using var body = JsonDocument.Parse(stub.Bodies.Single(b => b.Call == "POST /api/frameworks").Body);
        var root = body.RootElement;
        Assert.Equal("beroepshouding", root.GetProperty("key").GetString());
        Assert.Equal(0, root.GetProperty("crebos").GetArrayLength());
        var first = root.GetProperty("criteria")[0];
        Assert.Equal("punctuality", first.GetProperty("key").GetString());
        Assert.Equal("Stipt", first.GetProperty("name").GetString());
        Assert.Equal("Altijd ruim op tijd.", first.GetProperty("descriptors").GetProperty("strong").GetString());
        Assert.Equal("Te laat.", first.GetProperty("descriptors").GetProperty("needsAttention").GetString());
        Assert.Equal(2, root.GetProperty("criteria").GetArrayLength());
    }

    [Fact]
    public void A_refused_criterion_is_a_sentence_beside_it_in_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        Api(HttpStatusCode.BadRequest, """
            {"status":400,"errors":{"criteria[1].name":["A criterion needs a name of at most 200 characters."],
             "criteria[0].descriptors":["Every level needs a descriptor; missing: Strong."]}}
            """);
        var page = Render<Frameworks>();
        page.WaitForAssertion(() => page.Find("[data-testid=new-version-beroepshouding]"));
        page.Find("[data-testid=new-version-beroepshouding]").Click();
        page.Find("input[data-testid=criterion-1-name]").Change("");
        page.Find("textarea[data-testid=criterion-0-strong]").Change("");
        page.Find("[data-testid=framework-editor]").Submit();

        page.WaitForAssertion(() => Assert.Contains(
            "Enter a title of at most 200 characters.",
            page.Find("input[data-testid=criterion-1-name]").Closest(".mud-input-control")!.TextContent,
            StringComparison.Ordinal));
        Assert.Equal("Describe every level (at most 1000 characters per level).", page.Find("[data-testid=error-criterion-0-descriptors]").TextContent.Trim());
        Assert.DoesNotContain("missing: Strong", page.Markup, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=problem]"));
    }
}
