using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace PartnershipHub.EndToEnd.Tests.Browser;

/// <summary>
/// The mentor as one of the five authors (#24): on a phone, each "Next" puts the new criterion's heading below the top
/// bar with the focus on it; a draft is discarded after a confirmation; the submitted form shows on the student view
/// with the mentor's own words beside the other assessors'.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class MentorAssessmentTests(RunningSystem system, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PortalBrowser _browser = new();

    public Task InitializeAsync() => _browser.InitializeAsync();

    public Task DisposeAsync() => _browser.DisposeAsync();

    // The heading has the focus and is not under the fixed top bar (the bar's bottom edge, whatever its height).
    private const string HeadingInViewWithFocus = """
        () => {
          const heading = document.getElementById('step-title');
          const bar = document.querySelector('.mud-appbar');
          const barBottom = bar ? bar.getBoundingClientRect().bottom : 0;
          return heading !== null && document.activeElement === heading && heading.getBoundingClientRect().top >= barBottom - 1;
        }
        """;

    [Fact]
    public async Task A_mentor_assesses_their_mentee_on_a_phone_discards_a_draft_and_sees_the_result_beside_the_others()
    {
        _ = system;
        var phone = await _browser.SignInAsync(DemoUsers.Mentor, PortalBrowser.Phone);
        await phone.GotoAsync(Url($"/mentor/students/{DemoUsers.DemoStudent}"));
        await phone.WaitForSelectorAsync("[data-testid=mentor-assess-link]");
        await phone.ClickAsync("[data-testid=mentor-assess-link]");
        await phone.WaitForSelectorAsync("[data-testid=assessment-stepper]");
        await PortalBrowser.AssertAccessibleAsync(phone, output, "mentor: assessment step (phone)", everyImpact: true);

        // A first try, thrown away after the confirmation.
        await phone.Locator("label[for$='-developing']").ClickAsync();
        await phone.ClickAsync("[data-testid=discard]");
        await phone.WaitForSelectorAsync("[data-testid=discard-confirm]");
        await PortalBrowser.AssertAccessibleAsync(phone, output, "mentor: discard confirmation (phone)", everyImpact: true);
        await phone.ClickAsync("[data-testid=discard-yes]");
        await phone.WaitForSelectorAsync("[data-testid=draft-discarded]");
        Assert.Equal(0, await phone.Locator(".level-option.level-selected").CountAsync());

        var steps = await phone.Locator("[data-testid=step-indicator]").InnerTextAsync();
        var criteria = int.Parse(steps.Split(' ').Last(), System.Globalization.CultureInfo.InvariantCulture) - 1;
        for (var i = 0; i < criteria; i++)
        {
            var title = await phone.Locator("#step-title").InnerTextAsync();
            await phone.Locator("label[for$='-competent']").ClickAsync();
            await Assertions.Expect(phone.Locator(".level-option.level-selected label[for$='-competent']")).ToBeVisibleAsync();
            if (i == 0)
            {
                var observation = phone.Locator("[data-testid=observation] textarea, textarea[data-testid=observation]").First;
                await observation.FillAsync("Komt sinds twee weken elke dag op tijd.");
                await observation.PressAsync("Tab");
            }

            await phone.ClickAsync("[data-testid=next]");
            await Assertions.Expect(phone.Locator("#step-title")).Not.ToHaveTextAsync(title);
            await phone.WaitForFunctionAsync(HeadingInViewWithFocus);
            if (i < criteria - 1)
            {
                await Assertions.Expect(phone.Locator("[data-testid=step-announcement]")).ToContainTextAsync($"Criterium {i + 2} van {criteria}");
            }
        }

        await phone.Locator("[data-testid=feed-forward] textarea, textarea[data-testid=feed-forward]").First.FillAsync("Elke vrijdag zelf de planning voor volgende week maken.");
        await phone.ClickAsync("[data-testid=submit]");
        await phone.WaitForSelectorAsync("[data-testid=submitted]");
        await PortalBrowser.AssertAccessibleAsync(phone, output, "mentor: submitted (phone)", everyImpact: true);

        var desktop = await _browser.SignInAsync(DemoUsers.Mentor, PortalBrowser.Desktop);
        await desktop.GotoAsync(Url($"/mentor/students/{DemoUsers.DemoStudent}"));
        // The review panel below repeats the observations of an assessment awaiting review (the walk's trainer may have
        // submitted one): the student's own observations section comes first on the page.
        await Assertions.Expect(desktop.Locator("[data-testid=observations-of-punctuality]").First).ToContainTextAsync("Komt sinds twee weken elke dag op tijd.");
        await Assertions.Expect(desktop.Locator("[data-testid=talent-scan]")).ToBeVisibleAsync();
        await PortalBrowser.AssertAccessibleAsync(desktop, output, "mentor: student view with observations and talent scan");
    }

    private static string Url(string path) => new Uri(RunningSystem.Portal, path).ToString();
}
