using System.Globalization;
using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using PartnershipHub.Portal.Components.Pages.Coordinator;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>The student, company and absence imports: a column guide and a template, and a result in sentences.</summary>
public sealed class ImportGuideTests : PortalTestContext
{
    private const string StudentReport = """
        {"total":4,"created":1,"updated":1,"unchanged":0,"rejected":2,"rows":[
          {"line":2,"studentNumber":"100001","outcome":"created","studentId":"a0000000-0000-0000-0000-000000000001","errors":null},
          {"line":3,"studentNumber":"100002","outcome":"updated","studentId":"a0000000-0000-0000-0000-000000000002","errors":null},
          {"line":4,"studentNumber":"100003","outcome":"rejected","studentId":null,"errors":{"crebo":["A crebo code is exactly 5 digits."],"expectedEndDate":["The expected end date must be after the start date."]}},
          {"line":5,"studentNumber":null,"outcome":"rejected","studentId":null,"errors":{"row":["The row has 3 fields; the header has 16."]}}]}
        """;

    private const string AbsenceReport = """
        {"importId":"b0000000-0000-0000-0000-000000000001","total":2,"created":1,"updated":0,"unchanged":0,"rejected":1,"refused":0,"students":1,"rowsLeftOut":0,"rows":[
          {"line":3,"studentNumber":"100001","outcome":"rejected","errors":{"authorised":["yes or no (ja/nee, true/false, 1/0)."],"reasonCode":["A code of at most 20 letters, digits, '-' or '_'."]}}]}
        """;

    [Fact]
    public void The_student_import_shows_each_outcome_and_error_as_a_sentence_not_a_key_or_english()
    {
        UseApis(new() { ["POST /api/students/import"] = (HttpStatusCode.OK, StudentReport) });
        AddAuthorization().SetAuthorized("coordinator@demo").SetRoles("coordinator");

        var page = Render<Imports>();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("studentNumber\n100001\n", "students.csv"));

        page.WaitForAssertion(() => Assert.Equal(4, page.FindAll("[data-testid=import-rows] tbody tr").Count));
        var rows = page.Find("[data-testid=import-rows]").TextContent;
        Assert.Contains("Nieuw", rows, StringComparison.Ordinal);
        Assert.Contains("Bijgewerkt", rows, StringComparison.Ordinal);
        Assert.Contains("Kolom crebo: De crebo-code van de opleiding: precies 5 cijfers; verplicht.", rows, StringComparison.Ordinal);
        Assert.Contains("Kolom expectedEndDate: De verwachte einddatum", rows, StringComparison.Ordinal);
        Assert.Contains("Deze regel heeft niet evenveel velden als de kopregel", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("Imports.", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("digits", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("The row has", rows, StringComparison.Ordinal);
    }

    [Fact]
    public void The_import_page_lists_every_column_with_its_meaning_and_offers_a_template_per_kind()
    {
        UseApis(new());
        AddAuthorization().SetAuthorized("coordinator@demo").SetRoles("coordinator");

        var page = Render<Imports>();

        var columns = page.FindAll("[data-testid=import-columns-students] tbody tr");
        Assert.Equal(16, columns.Count);
        Assert.Equal("studentNumber", columns[0].QuerySelector("code")!.TextContent);
        Assert.Contains("Ja", columns[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Nee", columns[4].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Imports.Column", page.Markup, StringComparison.Ordinal);
        var template = Template(page, "students");
        Assert.StartsWith("studentNumber,firstName,lastName,dateOfBirth,", template, StringComparison.Ordinal);
        Assert.Contains("\r\n100001,Sem,de Jong,2009-04-12,", template, StringComparison.Ordinal);
        Assert.Equal("students-template.csv", page.Find("[data-testid=import-template-students]").GetAttribute("download"));
        Assert.StartsWith("kvk_number,name,sbb_id,", PartnershipHub.Portal.CsvImports.ImportKind.Companies.Template(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_absence_import_names_the_column_and_what_it_must_hold_in_english_too()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
        UseApis(new() { ["POST /api/absences/import"] = (HttpStatusCode.OK, AbsenceReport) });
        AddAuthorization().SetAuthorized("mentor@demo").SetRoles("mentor");

        var page = Render<AbsenceImport>();
        Assert.StartsWith("studentNumber;date;hours;minutes;authorised;reason;period\r\n", Template(page, "absence"), StringComparison.Ordinal);
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("studentnummer;datum;uren;geoorloofd\n", "absence.csv"));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=absence-rows] tbody tr")));
        var row = page.Find("[data-testid=absence-rows] tbody tr").TextContent;
        Assert.Contains("Rejected", row, StringComparison.Ordinal);
        Assert.Contains("Column authorised: Authorised absence: yes or no", row, StringComparison.Ordinal);
        Assert.Contains("Column reason: A short reason code of at most 20 letters", row, StringComparison.Ordinal);
    }

    private static string Template<TPage>(IRenderedComponent<TPage> page, string kind) where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        var href = page.Find($"[data-testid=import-template-{kind}]").GetAttribute("href")!;
        Assert.StartsWith("data:text/csv;charset=utf-8,", href, StringComparison.Ordinal);
        return Uri.UnescapeDataString(href["data:text/csv;charset=utf-8,".Length..]);
    }
}
