using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace PartnershipHub.EndToEnd.Tests.Browser;

/// <summary>
/// The screens the walk does not pass through (#24: "every screen … axe with zero violations of any impact"): the
/// coordinator's lists, the rubric versions and matching, in Dutch and in English; the teacher's contact panel; and the
/// error pages a browser gets for an unknown page or another role's page, on a phone too.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class RemainingScreensTests(RunningSystem system, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PortalBrowser _browser = new();

    public Task InitializeAsync() => _browser.InitializeAsync();

    public Task DisposeAsync() => _browser.DisposeAsync();

    [Fact]
    public async Task The_coordinators_lists_rubric_versions_and_matching_pass_axe_in_both_languages()
    {
        _ = system;
        var page = await _browser.SignInAsync(DemoUsers.Coordinator, PortalBrowser.Desktop);
        (string Path, string Ready)[] screens =
        [
            ("/coordinator/students", "[data-testid=students-filters]"),
            ("/coordinator/companies", "[data-testid=companies]"),
            ("/coordinator/placements", "[data-testid=placements] tbody tr"),
            ("/coordinator/frameworks", "[data-testid=usage]"),
            ("/coordinator/matching", "[data-testid=start-run]"),
        ];

        foreach (var language in new[] { "nl", "en" })
        {
            if (language == "en")
            {
                await page.GotoAsync(Url("/culture/set?culture=en&redirectUri=%2F"));
            }

            foreach (var (path, ready) in screens)
            {
                await page.GotoAsync(Url(path));
                await page.WaitForSelectorAsync(ready);
                await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                await PortalBrowser.AssertAccessibleAsync(page, output, $"coordinator: {path} ({language})", everyImpact: true);
            }
        }
    }

    [Fact]
    public async Task The_teachers_contact_panel_passes_axe()
    {
        var page = await _browser.SignInAsync(DemoUsers.Teacher, PortalBrowser.Desktop, "/teacher");
        await page.Locator("[data-testid=teacher-contacts]").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=teacher-contact-log] [data-testid=contact-kind]");
        await Assertions.Expect(page.Locator("[data-testid=teacher-contacts]").First).ToHaveAttributeAsync("aria-expanded", "true");
        await PortalBrowser.AssertAccessibleAsync(page, output, "teacher: placements with the contact panel", everyImpact: true);
    }

    [Fact]
    public async Task An_unknown_page_and_another_roles_page_are_pages_with_a_way_on_on_a_phone()
    {
        var phone = await _browser.SignInAsync(DemoUsers.Trainer, PortalBrowser.Phone);

        var notFound = await phone.GotoAsync(Url("/bestaat-niet/123"));
        Assert.Equal(404, notFound?.Status);
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("Pagina niet gevonden");
        await Assertions.Expect(phone.Locator("[data-testid=error-home]")).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the 404 page scrolls sideways at 360 px");
        await PortalBrowser.AssertAccessibleAsync(phone, output, "trainer: unknown page (phone)", everyImpact: true);

        var forbidden = await phone.GotoAsync(Url("/mentor"));
        Assert.Equal(403, forbidden?.Status);
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("Geen toegang");
        await Assertions.Expect(phone.Locator("[data-testid=error-sign-in-again]")).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the 403 page scrolls sideways at 360 px");
        await PortalBrowser.AssertAccessibleAsync(phone, output, "trainer: another role's page (phone)", everyImpact: true);

        // The way on works from the keyboard.
        await phone.Locator("[data-testid=error-home]").FocusAsync();
        await phone.Keyboard.PressAsync("Enter");
        await phone.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }

    private static string Url(string path) => new Uri(RunningSystem.Portal, path).ToString();
}
