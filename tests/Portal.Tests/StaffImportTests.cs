using System.Globalization;
using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using PartnershipHub.Portal.Components.Pages.Admin;
using Xunit;

namespace PartnershipHub.Portal.Tests;

public sealed class StaffImportTests : PortalTestContext
{
    private const string ImportCall = "POST /api/users/import";
    private const string Template = "email,displayName,roles,employeeNumber,language\nmila@school.nl,Mila Mentor,mentor|teacher,P-1,nl\n";

    private const string Report = """
        {"total":1250,"created":1,"updated":1,"unchanged":1246,"rejected":3,"rows":[
          {"line":2,"email":"nieuw@school.nl","outcome":"created","userId":"a0000000-0000-0000-0000-000000000001","errors":null},
          {"line":3,"email":"mila@school.nl","outcome":"updated","userId":"a0000000-0000-0000-0000-000000000002","errors":null},
          {"line":4,"email":"sam@student.nl","outcome":"rejected","userId":null,"errors":{"email":["The address belongs to a student's account."]}},
          {"line":6,"email":"kort@school.nl","outcome":"rejected","userId":null,"errors":{"row":["The row has 2 fields; the header has 3."]}},
          {"line":5,"email":"","outcome":"rejected","userId":null,"errors":{"roles":["You may not grant operator."],"employeeNumber":["employeeNumber is 1 to 50 characters."]}}]}
        """;

    private StubHttpClientFactory Api(HttpStatusCode status, string json, HttpStatusCode templateStatus = HttpStatusCode.OK)
    {
        var stub = UseApis(new()
        {
            ["GET /api/users/import/template"] = (templateStatus, Template),
            [ImportCall] = (status, json),
        });
        AddAuthorization().SetAuthorized("coordinator@demo").SetRoles("coordinator");
        return stub;
    }

    private static void Upload(IRenderedComponent<StaffImport> page) =>
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("email;displayName;roles\nnieuw@school.nl;Nina;mentor\n", "staff.csv"));

    [Fact]
    public void The_column_guide_and_the_template_come_before_the_upload()
    {
        Api(HttpStatusCode.OK, Report);

        var page = Render<StaffImport>();

        page.WaitForAssertion(() => Assert.StartsWith("data:text/csv;charset=utf-8,", page.Find("[data-testid=import-template]").GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal(Template, Uri.UnescapeDataString(page.Find("[data-testid=import-template]").GetAttribute("href")!["data:text/csv;charset=utf-8,".Length..]));
        Assert.Equal("staff-accounts-template.csv", page.Find("[data-testid=import-template]").GetAttribute("download"));
        var columns = page.FindAll("[data-testid=import-columns] tbody tr");
        Assert.Equal(["email", "displayName", "roles", "employeeNumber", "language"], columns.Select(row => row.QuerySelector("code")!.TextContent));
        Assert.Contains("gescheiden door |", columns[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("Nee", columns[3].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_a_sentence_per_row_with_labels_not_field_names_in_dutch()
    {
        var stub = Api(HttpStatusCode.OK, Report);

        var page = Render<StaffImport>();
        Upload(page);

        page.WaitForAssertion(() => Assert.Equal(
            "1.250 regels gelezen: 1 nieuw, 1 bijgewerkt, 1.246 ongewijzigd, 3 niet ingelezen.", page.Find("[data-testid=import-summary]").TextContent.Trim()));
        var rejected = page.FindAll("[data-testid=import-row-rejected]").Select(row => row.TextContent).ToList();
        Assert.Equal(3, rejected.Count);
        Assert.Equal("Regel 6 (kort@school.nl) is niet ingelezen. Deze regel: heeft niet evenveel velden als de kopregel; controleer de scheidingstekens en aanhalingstekens.", rejected[2]);
        Assert.Equal("Regel 4 (sam@student.nl) is niet ingelezen. E-mailadres: Geef een geldig e-mailadres dat niet eerder in het bestand staat en niet bij een student, een praktijkopleider of jezelf hoort.", rejected[0]);
        Assert.StartsWith("Regel 5 (zonder e-mailadres) is niet ingelezen. Rollen: Kies een of meer medewerkersrollen", rejected[1], StringComparison.Ordinal);
        Assert.Contains("Personeelsnummer: Een personeelsnummer heeft 1 tot 50 tekens, staat maar één keer in het bestand", rejected[1], StringComparison.Ordinal);
        Assert.Equal("Regel 2: het account voor nieuw@school.nl is aangemaakt en de uitnodiging is verstuurd.", page.Find("[data-testid=import-row-created]").TextContent);
        Assert.Equal("Regel 3: het account van mila@school.nl is bijgewerkt.", page.Find("[data-testid=import-row-updated]").TextContent);
        var report = page.Find("[data-testid=import-rows]").TextContent;
        Assert.DoesNotContain("Imports.Outcome", report, StringComparison.Ordinal);
        Assert.DoesNotContain("employeeNumber", report, StringComparison.Ordinal);
        Assert.DoesNotContain("rejected", report, StringComparison.Ordinal);
        Assert.Contains(stub.Bodies, b => b.Call == ImportCall && b.Body.Contains("nieuw@school.nl;Nina;mentor", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_in_english()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        Api(HttpStatusCode.OK, Report);

        var page = Render<StaffImport>();
        Upload(page);

        page.WaitForAssertion(() => Assert.Equal(
            "1,250 rows read: 1 new, 1 updated, 1,246 unchanged, 3 not imported.", page.Find("[data-testid=import-summary]").TextContent.Trim()));
        Assert.StartsWith("Row 5 (without an e-mail address) was not imported. Roles: Choose one or more staff roles you may grant",
            page.FindAll("[data-testid=import-row-rejected]")[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Row 2: the account for nieuw@school.nl has been created and the invitation has been sent.", page.Find("[data-testid=import-row-created]").TextContent);
        Assert.Equal("Import staff", page.Find("h1").TextContent);
    }

    [Fact]
    public void A_file_identity_cannot_read_is_explained_beside_the_file_field()
    {
        Api(HttpStatusCode.BadRequest, """{"status":400,"errors":{"file":["The header lacks the roles column."]}}""");

        var page = Render<StaffImport>();
        Upload(page);

        page.WaitForAssertion(() => Assert.StartsWith("Dit bestand kon niet worden gelezen.", page.Find("[data-testid=import-file-error]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=problem]"));
        Assert.Empty(page.FindAll("[data-testid=import-summary]"));
    }

    [Fact]
    public void Without_the_template_the_column_guide_is_enough()
    {
        Api(HttpStatusCode.OK, Report, templateStatus: HttpStatusCode.ServiceUnavailable);

        var page = Render<StaffImport>();

        page.WaitForAssertion(() => Assert.StartsWith("Het voorbeeldbestand is nu niet beschikbaar", page.Find("[data-testid=import-template-missing]").TextContent, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=import-template]"));
    }
}
