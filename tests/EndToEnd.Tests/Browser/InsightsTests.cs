using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace PartnershipHub.EndToEnd.Tests.Browser;

/// <summary>
/// Insights in a real browser against the running system: the coordinator reads the team dashboard (the demo history
/// gives it figures) and downloads a section as CSV; a placement's end reaches its praktijkopleider (or student) as a
/// survey, answered on a 360 px phone; the praktijkopleider reads their company's results. Every page passes axe with
/// no violation of any impact.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class InsightsTests(RunningSystem system, ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan SurveyTimeout = TimeSpan.FromMinutes(2);
    private readonly PortalBrowser _browser = new();

    public Task InitializeAsync() => _browser.InitializeAsync();

    public Task DisposeAsync() => _browser.DisposeAsync();

    [Fact]
    public async Task The_coordinator_reads_the_dashboard_and_downloads_a_section_as_CSV()
    {
        var page = await _browser.SignInAsync(DemoUsers.Coordinator, PortalBrowser.Desktop, "/inzicht");
        await page.WaitForSelectorAsync("[data-testid=section-progression]");
        await page.WaitForSelectorAsync("[data-testid=section-companies] [data-testid=companies-table], [data-testid=section-companies] [data-testid=no-companies]");
        // The demo history covers years of students: the early-leaving section shows figures, not the minimum's sentence.
        await Assertions.Expect(page.Locator("[data-testid=section-early-leaving] [data-testid=early-leaving-summary]")).ToBeVisibleAsync();
        Assert.Equal(5, await page.Locator("section.insights-section").CountAsync());
        await PortalBrowser.AssertAccessibleAsync(page, output, "coordinator: team dashboard", everyImpact: true);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = PortalBrowser.ScreenshotPath(system.RepositoryRoot, "coordinator-insights.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-early-leaving]"));
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        var path = await download.PathAsync();
        var csv = await File.ReadAllTextAsync(path);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 2, $"The CSV has a header and at least one row:\n{csv}");
        // Aggregates only: never a student's id.
        Assert.DoesNotContain(DemoUsers.DemoStudent.ToString(), csv, StringComparison.OrdinalIgnoreCase);

        // A filter in the address reaches the page and its download links.
        var firstProgramme = await page.Locator("[data-testid=filter-crebo] option").Nth(1).GetAttributeAsync("value");
        if (firstProgramme is { Length: > 0 })
        {
            await page.GotoAsync(new Uri(RunningSystem.Portal, $"/inzicht?crebo={firstProgramme}").ToString());
            await page.WaitForSelectorAsync("[data-testid=section-progression]");
            Assert.Contains($"crebo={firstProgramme}", await page.Locator("[data-testid=export-signals]").GetAttributeAsync("href"));
        }
    }

    [Fact]
    public async Task A_survey_is_answered_on_a_phone_and_the_trainer_reads_the_company_results()
    {
        var (respondent, surveyId) = await OpenSurveyAsync();

        var phone = await _browser.SignInAsync(respondent, PortalBrowser.Phone, $"/enquete/{surveyId}");
        await phone.WaitForSelectorAsync("[data-testid=survey-form]");
        await PortalBrowser.AssertAccessibleAsync(phone, output, "survey (phone)", everyImpact: true);
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "/enquete scrolls sideways at 360 px");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = PortalBrowser.ScreenshotPath(system.RepositoryRoot, "survey-phone.png"), FullPage = true });

        var questions = phone.Locator("fieldset.survey-question");
        Assert.Equal(10, await questions.CountAsync());
        for (var i = 0; i < 10; i++)
        {
            // Answer by tapping the label ("4 – eens"), as a thumb would.
            await questions.Nth(i).Locator(".survey-option label").Nth(i % 2 == 0 ? 3 : 4).ClickAsync();
        }

        await phone.FillAsync("[data-testid=survey-comment]", "Goede begeleiding, duidelijke afspraken.");
        await phone.ClickAsync("[data-testid=survey-submit]");
        await Assertions.Expect(phone.Locator("[data-testid=survey-thanks]")).ToBeVisibleAsync();
        await Assertions.Expect(phone.Locator("[data-testid=survey-answers] dd").First).ToContainTextAsync("4 – eens");
        await PortalBrowser.AssertAccessibleAsync(phone, output, "survey answered (phone)", everyImpact: true);

        await phone.GotoAsync(new Uri(RunningSystem.Portal, "/enquetes").ToString());
        await phone.WaitForSelectorAsync("[data-testid=surveys]");
        await PortalBrowser.AssertAccessibleAsync(phone, output, "my surveys (phone)", everyImpact: true);

        var trainer = respondent == DemoUsers.Trainer ? phone : await _browser.SignInAsync(DemoUsers.Trainer, PortalBrowser.Phone);
        await trainer.GotoAsync(new Uri(RunningSystem.Portal, "/bedrijf/enquete").ToString());
        await trainer.Locator("[data-testid=survey-results], [data-testid=no-company]").First.WaitForAsync();
        await PortalBrowser.AssertAccessibleAsync(trainer, output, "trainer: company survey results (phone)", everyImpact: true);
        Assert.True(await trainer.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "/bedrijf/enquete scrolls sideways at 360 px");
    }

    /// <summary>
    /// An open survey for the demo trainer or student. The demo data completes a placement at the trainer's company, so
    /// one opens once its events have reached Insights; when none is open (this system's surveys were answered by an
    /// earlier run), another student's active placement there is completed today by the coordinator — never the demo
    /// student's, which other tests use — and the test waits until Notifications tells the trainer. A trainer is known
    /// by the token's e-mail address, so the tokens carry the <c>email</c> scope.
    /// </summary>
    private static async Task<(string Respondent, Guid SurveyId)> OpenSurveyAsync()
    {
        var seeded = DateTime.UtcNow + SurveyTimeout;
        while (DateTime.UtcNow < seeded)
        {
            foreach (var respondent in new[] { DemoUsers.Trainer, DemoUsers.Student })
            {
                using var insights = await DemoUsers.ClientAsync(RunningSystem.Insights, respondent, "email insights");
                if (await OpenSurveyOfAsync(insights) is { } open)
                {
                    return (respondent, open);
                }
            }

            if (await AnsweredSurveysAsync() > 0)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        using var internships = await DemoUsers.ClientAsync(RunningSystem.Internships, DemoUsers.Coordinator, "internships");
        var placements = await internships.GetFromJsonAsync<JsonElement>($"/api/placements?status=active&companyId={DemoUsers.TrainersCompany}&pageSize=500");
        var placement = placements.GetProperty("items").EnumerateArray()
            .Where(p => p.TryGetProperty("trainerId", out var trainerId) && trainerId.ValueKind == JsonValueKind.String)
            .FirstOrDefault(p => p.GetProperty("studentId").GetGuid() != DemoUsers.DemoStudent);
        Assert.True(placement.ValueKind == JsonValueKind.Object, "No open survey, and no active placement with a trainer at the demo trainer's company (other than the demo student's) to end.");
        var placementId = placement.GetProperty("id").GetGuid();
        var today = DateOnly.FromDateTime(DateTime.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using (var response = await internships.PostAsJsonAsync($"/api/placements/{placementId}/complete", new { endedOn = today }))
        {
            Assert.True(response.IsSuccessStatusCode, $"The coordinator could not complete placement {placementId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        using var notifications = await DemoUsers.ClientAsync(RunningSystem.Notifications, DemoUsers.Trainer, "email notifications");
        using var trainersInsights = await DemoUsers.ClientAsync(RunningSystem.Insights, DemoUsers.Trainer, "email insights");
        var deadline = DateTime.UtcNow + SurveyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            // The placement's own survey, open, and the notification that links to it.
            var mine = await trainersInsights.GetFromJsonAsync<JsonElement>("/api/insights/surveys/mine");
            var survey = mine.GetProperty("items").EnumerateArray()
                .FirstOrDefault(s => s.GetProperty("placementId").GetGuid() == placementId && s.GetProperty("open").GetBoolean());
            if (survey.ValueKind == JsonValueKind.Object)
            {
                var surveyId = survey.GetProperty("surveyId").GetGuid();
                var page = await notifications.GetFromJsonAsync<JsonElement>("/api/notifications?pageSize=20");
                if (page.GetProperty("items").EnumerateArray().Any(n => n.GetProperty("link").GetString() == $"/enquete/{surveyId}"))
                {
                    return (DemoUsers.Trainer, surveyId);
                }
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        Assert.Fail($"No open survey with its notification reached the demo trainer within {SurveyTimeout.TotalMinutes} minutes of completing placement {placementId}.");
        return default;
    }

    /// <summary>How many of the demo trainer's surveys were answered already (by an earlier run on this system).</summary>
    private static async Task<int> AnsweredSurveysAsync()
    {
        using var insights = await DemoUsers.ClientAsync(RunningSystem.Insights, DemoUsers.Trainer, "email insights");
        var mine = await insights.GetFromJsonAsync<JsonElement>("/api/insights/surveys/mine");
        return mine.GetProperty("items").EnumerateArray().Count(s => s.GetProperty("answeredAt").ValueKind == JsonValueKind.String);
    }

    private static async Task<Guid?> OpenSurveyOfAsync(HttpClient insights)
    {
        var mine = await insights.GetFromJsonAsync<JsonElement>("/api/insights/surveys/mine");
        var open = mine.GetProperty("items").EnumerateArray().FirstOrDefault(s => s.GetProperty("open").GetBoolean());
        return open.ValueKind == JsonValueKind.Object ? open.GetProperty("surveyId").GetGuid() : null;
    }
}
