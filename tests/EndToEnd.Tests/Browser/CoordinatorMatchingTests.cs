using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace PartnershipHub.EndToEnd.Tests.Browser;

[Collection(SystemCollection.Name)]
public sealed class CoordinatorMatchingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PortalBrowser _browser = new();

    public Task InitializeAsync() => _browser.InitializeAsync();

    public Task DisposeAsync() => _browser.DisposeAsync();

    [Fact]
    public async Task A_coordinator_runs_matching_sees_explained_proposals_and_publishes()
    {
        await DemoData.PlacementAtAnotherCompanyAsync();
        var page = await _browser.SignInAsync(DemoUsers.Coordinator, PortalBrowser.Desktop);

        await page.GotoAsync(new Uri(RunningSystem.Portal, "/coordinator/matching").ToString());
        await Assertions.Expect(page.Locator("[data-testid=start-run]")).ToBeEnabledAsync();
        await PortalBrowser.AssertAccessibleAsync(page, output, "coordinator: matching");
        await page.Locator("input[data-testid=matching-crebo], [data-testid=matching-crebo] input").First.FillAsync("25662");
        await page.ClickAsync("[data-testid=start-run]");

        await page.WaitForSelectorAsync("[data-testid=run]", new PageWaitForSelectorOptions { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("[data-testid=run-summary]")).ToContainTextAsync("studenten");
        await PortalBrowser.AssertAccessibleAsync(page, output, "coordinator: matching run");
        output.WriteLine(await page.Locator("[data-testid=run-summary]").InnerTextAsync());

        await page.ClickAsync("[data-testid=publish]");
        await page.WaitForSelectorAsync("[data-testid=published]");

        await page.GotoAsync(new Uri(RunningSystem.Portal, "/coordinator/placements").ToString());
        await page.WaitForSelectorAsync("[data-testid=placements] tbody tr");
        await PortalBrowser.AssertAccessibleAsync(page, output, "coordinator: placements board");
    }
}
