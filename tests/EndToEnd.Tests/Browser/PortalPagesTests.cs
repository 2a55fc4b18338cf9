using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace PartnershipHub.EndToEnd.Tests.Browser;

/// <summary>Every role's pages in a real browser against the running system, each checked with axe.</summary>
[Collection(SystemCollection.Name)]
public sealed class PortalPagesTests(RunningSystem system, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PortalBrowser _browser = new();

    public Task InitializeAsync() => _browser.InitializeAsync();

    public Task DisposeAsync() => _browser.DisposeAsync();

    [Fact]
    public async Task An_operator_sees_the_health_of_every_service_and_the_queues()
    {
        var page = await _browser.SignInAsync(DemoUsers.Operator, PortalBrowser.Desktop);
        await PortalBrowser.AssertAccessibleAsync(page, output, "start page");

        await page.GotoAsync(new Uri(RunningSystem.Portal, "/operator").ToString());
        await page.WaitForSelectorAsync("[data-testid=queue-summary]");
        // The interactive circuit checks again after the prerendered page: wait for the circuit (the layout's sign-out
        // renders with it), then until that check has finished.
        await page.WaitForSelectorAsync("[data-testid=sign-out]");
        await page.WaitForSelectorAsync("[data-testid=refresh]:not([disabled])");
        var services = page.Locator("[data-testid=services] tbody tr");
        Assert.Equal(7, await services.CountAsync());
        Assert.Contains("notifications", await page.Locator("[data-testid=services]").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("insights", await page.Locator("[data-testid=services]").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await PortalBrowser.AssertAccessibleAsync(page, output, "operator health");
        _ = system;
    }

    [Fact]
    public async Task Intake_care_notes_and_the_contact_log_open_for_the_roles_that_may_see_them()
    {
        var mentor = await _browser.SignInAsync(DemoUsers.Mentor, PortalBrowser.Desktop);
        await mentor.GotoAsync(new Uri(RunningSystem.Portal, $"/mentor/students/{DemoUsers.DemoStudent}/intake").ToString());
        await mentor.WaitForSelectorAsync("[data-testid=intake-status]");
        await PortalBrowser.AssertAccessibleAsync(mentor, output, "mentor: intake and needs profile");
        // The editor reads the intake and completes it again as it stands: the portal's request is what Students accepts.
        await mentor.ClickAsync("[data-testid=edit-intake]");
        await mentor.WaitForSelectorAsync("[data-testid=complete-intake]");
        await PortalBrowser.AssertAccessibleAsync(mentor, output, "mentor: intake editor");
        await mentor.ClickAsync("[data-testid=complete-intake]");
        await Assertions.Expect(mentor.Locator("[data-testid=intake-status]")).ToContainTextAsync("Intake afgerond");
        await mentor.GotoAsync(new Uri(RunningSystem.Portal, $"/students/{DemoUsers.DemoStudent}/care-notes").ToString());
        await mentor.WaitForSelectorAsync("[data-testid=care-notes-logged]");
        await PortalBrowser.AssertAccessibleAsync(mentor, output, "mentor: care notes");

        var care = await _browser.SignInAsync(DemoUsers.Care, PortalBrowser.Desktop);
        await care.GotoAsync(new Uri(RunningSystem.Portal, "/care").ToString());
        await care.WaitForSelectorAsync("[data-testid=care-search]");
        await PortalBrowser.AssertAccessibleAsync(care, output, "care: students");

        var coordinator = await _browser.SignInAsync(DemoUsers.Coordinator, PortalBrowser.Desktop);
        await coordinator.GotoAsync(new Uri(RunningSystem.Portal, "/coordinator/contacts").ToString());
        await coordinator.Locator("[data-testid=flagged-placements], [data-testid=no-flagged]").First.WaitForAsync();
        await PortalBrowser.AssertAccessibleAsync(coordinator, output, "coordinator: contact log and flagged placements");
    }

    [Fact]
    public async Task A_coordinator_finds_companies_with_places_and_imports_a_csv_with_a_row_report()
    {
        var page = await _browser.SignInAsync(DemoUsers.Coordinator, PortalBrowser.Desktop);

        await page.GotoAsync(new Uri(RunningSystem.Portal, "/coordinator/companies").ToString());
        await page.Locator("input[data-testid=crebo], [data-testid=crebo] input").First.FillAsync("25662");
        await page.ClickAsync("[data-testid=search]");
        await Assertions.Expect(page.Locator("[data-testid=companies] tbody tr").First).ToContainTextAsync("25662");
        await PortalBrowser.AssertAccessibleAsync(page, output, "companies with places");

        await page.GotoAsync(new Uri(RunningSystem.Portal, "/coordinator/imports").ToString());
        await page.WaitForSelectorAsync("[data-testid=import-file]");
        await PortalBrowser.AssertAccessibleAsync(page, output, "imports");
        var csv = "kvk_number,name,street,postcode,city\n12345678,Bakkerij E2E,Dorpsstraat 1,3511 AB,Utrecht\nbad,Zonder KvK,Straat 2,3511 AB,Utrecht\n";
        await page.Locator("label:has-text('Leerbedrijven')").ClickAsync();
        await page.SetInputFilesAsync("[data-testid=import-file]", new FilePayload
        {
            Name = "companies.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await Assertions.Expect(page.Locator("[data-testid=import-summary]")).ToContainTextAsync("1 afgewezen");
        await Assertions.Expect(page.Locator("[data-testid=import-rows]")).ToContainTextAsync("bad");
        await PortalBrowser.AssertAccessibleAsync(page, output, "import report");
    }

    [Fact]
    public async Task A_student_sees_their_internship_and_starts_a_self_assessment()
    {
        await DemoData.TrainersActivePlacementAsync();
        var page = await _browser.SignInAsync(DemoUsers.Student, PortalBrowser.Phone);

        await page.GotoAsync(new Uri(RunningSystem.Portal, "/student").ToString());
        await page.WaitForSelectorAsync("[data-testid=my-placement]");
        await PortalBrowser.AssertAccessibleAsync(page, output, "student: my internship");

        await page.GotoAsync(new Uri(RunningSystem.Portal, "/student/self-assessment").ToString());
        await page.WaitForSelectorAsync("[data-testid=assessment-stepper]");
        await PortalBrowser.AssertAccessibleAsync(page, output, "student: self-assessment");

        await page.GotoAsync(new Uri(RunningSystem.Portal, "/student/peer-assessment").ToString());
        await page.Locator("[data-testid=classmate] a").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=peer-heading]");
        await page.WaitForSelectorAsync("[data-testid=assessment-stepper]");
        await PortalBrowser.AssertAccessibleAsync(page, output, "student: peer assessment of a classmate");
    }

    [Fact]
    public async Task A_teacher_sees_their_placements_page_in_english_when_chosen()
    {
        var page = await _browser.SignInAsync(DemoUsers.Teacher, PortalBrowser.Desktop);

        await page.ClickAsync("[data-testid=culture-en]");
        await page.WaitForSelectorAsync("[data-testid=culture-nl]");
        await page.GotoAsync(new Uri(RunningSystem.Portal, "/teacher").ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("My students' placements");
        await PortalBrowser.AssertAccessibleAsync(page, output, "teacher: placements (English)");
    }
}
