using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace PartnershipHub.EndToEnd.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (headless; Playwright cannot download its own browsers here), signed in
/// through Identity's real login form. Every portal page a test visits is checked with axe (WCAG 2.1 A/AA).
/// </summary>
public sealed class PortalBrowser : IAsyncLifetime
{
    public static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 900 };
    private const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("PH_CHROMIUM") ?? ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A fresh browser context (no cookies), signed in as <paramref name="email"/>, on the portal's start page.</summary>
    public async Task<IPage> SignInAsync(string email, ViewportSize viewport, string path = "/", string password = DemoUsers.Password)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport, Locale = "nl-NL" });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(RunningSystem.Portal, path).ToString());
        // Not signed in: the portal sends the browser to Identity's login form.
        await page.WaitForURLAsync(url => url.StartsWith(RunningSystem.Identity.ToString(), StringComparison.Ordinal));
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
        try
        {
            // The layout renders once the circuit is interactive.
            await page.WaitForSelectorAsync("[data-testid=sign-out]");
        }
        catch (TimeoutException exception)
        {
            var body = await page.InnerTextAsync("body");
            throw new InvalidOperationException($"Signing in as {email} did not reach the portal; the browser is at {page.Url}: {body[..Math.Min(body.Length, 500)]}", exception);
        }

        return page;
    }

    /// <summary>
    /// Runs axe on the page as it is now and fails on any critical or serious WCAG 2.1 A/AA violation, or on any
    /// violation at all with <paramref name="everyImpact"/> (newer pages are held to that).
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page, ITestOutputHelper output, string what, bool everyImpact = false)
    {
        // Colours are checked as they end up, not halfway through a transition: a button that had just been enabled
        // again was caught mid-fade with a label at 3:1 contrast. Endless animations (progress bars) are left running.
        await page.WaitForFunctionAsync(
            "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)",
            null,
            new PageWaitForFunctionOptions { Timeout = 5_000 });
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var blocking = result.Violations.Where(v => everyImpact || v.Impact is "critical" or "serious").ToList();
        output.WriteLine($"axe {what}: {result.Passes.Length} rules passed, {result.Violations.Length} violated ({blocking.Count} failing this check)");
        foreach (var violation in result.Violations)
        {
            output.WriteLine($"axe {what}: {violation.Impact} {violation.Id}: {violation.Help} ({string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()))})");
        }

        Assert.True(blocking.Count == 0, $"{what}: {blocking.Count} {(everyImpact ? "" : "critical/serious ")}accessibility violation(s): " +
            string.Join("; ", blocking.Select(v => $"{v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    /// <summary>Where the README says the screenshots are: docs/screenshots in the repository.</summary>
    public static string ScreenshotPath(string repositoryRoot, string fileName)
    {
        var directory = Path.Combine(repositoryRoot, "docs", "screenshots");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, fileName);
    }
}
