using System.Net;
using System.Text;
using PartnershipHub.Testing;

namespace PartnershipHub.Insights.Tests.Dashboard;

/// <summary>The CSV exports: the section's figures, headers in Dutch or English, numbers with a full stop, no student in them.</summary>
public sealed class DashboardExportTests(InsightsApiFixture fixture) : IClassFixture<InsightsApiFixture>
{
    private const string Year2025 = "from=2025-01-01&to=2025-12-31";

    [Fact]
    public async Task Early_leaving_exports_in_dutch_by_default()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);

        var (lines, response) = await ExportAsync($"/api/insights/early-leaving/export?crebo={programme.Crebo}&{Year2025}");

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("insights-early-leaving-2025-01-01-2025-12-31-nl.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(
        [
            "Onderdeel,Uitsplitsing,Categorie,Aantal",
            "Studenten,Totaal,,7",
            "Stages (bpv),Gestart,,8",
            "Stages (bpv),Voortijdig beëindigd,,6",
            "Stages (bpv),Maand na de start (1 = eerste maand),1,5",
            "Stages (bpv),Maand na de start (1 = eerste maand),4,niet getoond (minder dan 5)",
            "Stages (bpv),Reden,Gedrag van de student,5",
            "Stages (bpv),Reden,Overig,niet getoond (minder dan 5)",
            "Inschrijvingen,Ingeschreven,,7",
            "Inschrijvingen,Voortijdig vertrokken,,1",
            "Inschrijvingen,Maand na de inschrijving (1 = eerste maand),7,niet getoond (minder dan 5)",
            "Inschrijvingen,Reden,Overig,niet getoond (minder dan 5)",
        ], lines);
    }

    [Fact]
    public async Task Companies_export_in_english_with_scores_and_flags_and_no_student()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);

        var (lines, _) = await ExportAsync($"/api/insights/companies/export?crebo={programme.Crebo}&{Year2025}&language=en&sort=endedEarly");

        Assert.Equal(
        [
            "Company,Started,Completed,Ended early,Ended early in the first 3 months,Average score,Responses,Programme average,Flags",
            $"{programme.CompanyAName},5,0,5,5,2,5,3,Early endings; Low scores",
            $"{programme.CompanyBName},3,2,1,0,4,5,3,",
        ], lines);
        Assert.DoesNotContain(lines, line => programme.Students.Any(s => line.Contains(s.Id.ToString(), StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Signals_assessments_and_progression_export_their_tables()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);

        var (signals, _) = await ExportAsync($"/api/insights/signals/export?crebo={programme.Crebo}&{Year2025}&language=en");
        var (assessments, _) = await ExportAsync($"/api/insights/assessments/export?crebo={programme.Crebo}&{Year2025}&language=nl");
        var (progression, _) = await ExportAsync($"/api/insights/progression/export?crebo={programme.Crebo}&from=2024-01-01&to=2025-12-31&language=en");

        Assert.Equal(
        [
            "Rule,Signals,Urgent,Share resolved,Median hours to first response",
            "Total,7,,0.571,3",
            "Hours behind plan,6,0,0.667,2",
            "Other: not shown (fewer than 5),,,,",
        ], signals);
        Assert.Equal(
        [
            "Criterium,Kwartaal,Gemiddeld niveau,Beoordelingen,School,Praktijk",
            "Studenten beoordeeld,,6,,,",
            "Studenten met verschil school–praktijk,,2,,,",
            "Aandeel met verschil school–praktijk,,0.333,,,",
            "Initiatief,2025-Q1,3,10,3,3",
            "Stiptheid en afspraken nakomen,2025-Q1,1.7,10,2.4,1",
            "Stiptheid en afspraken nakomen,2025-Q2: niet getoond (minder dan 5),,,,",
        ], assessments);
        Assert.Equal(
        [
            "Progression wish,Students,Followed up in a goal,Goal met,Still enrolled,Graduated,Moved up a level,Left early",
            "Total,7,,,,,,",
            "Work: not shown (fewer than 5),,,,,,,",
            "Move up to level 3,5,3,1,2,1,1,1",
        ], progression);
    }

    [Fact]
    public async Task A_suppressed_section_exports_only_why()
    {
        var programme = await SmallProgramme.ArrangeAsync(fixture);

        var (lines, _) = await ExportAsync($"/api/insights/signals/export?crebo={programme.Crebo}&cohort={SmallProgramme.NewCohort}&{Year2025}&language=en");

        Assert.Equal(["Rule,Signals,Urgent,Share resolved,Median hours to first response", "Fewer than 5 students: not shown for privacy.,,,,"], lines);
    }

    private async Task<(List<string> Lines, HttpResponseMessage Response)> ExportAsync(string path)
    {
        var response = await fixture.CreateClient(TestTokens.Coordinator(fixture.Audience)).GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {Encoding.UTF8.GetString(bytes)}");
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.EndsWith("\r\n", text);
        return ([.. text.Split("\r\n")[..^1]], response);
    }
}
