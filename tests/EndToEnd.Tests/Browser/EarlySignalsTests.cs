using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace PartnershipHub.EndToEnd.Tests.Browser;

/// <summary>
/// Early signals from every side (#21) in the browser: the student asks for help on a phone and reads the mentor's
/// answer; the trainer raises an urgent concern on a phone, the mentor sees it on the caseload and the student page and
/// answers, and the trainer reads the answer.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed partial class EarlySignalsTests(RunningSystem system, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly PortalBrowser _browser = new();

    public Task InitializeAsync() => _browser.InitializeAsync();

    public Task DisposeAsync() => _browser.DisposeAsync();

    [Fact]
    public async Task A_student_asks_for_help_on_a_phone_and_reads_the_mentors_answer()
    {
        // The demo seed has reached Guidance (b001 and its placement): the student's copy is there to ask on.
        await DemoData.TrainersActivePlacementAsync();
        var marker = Marker();
        var question = $"Hoe lever ik mijn stageverslag in, via de portal of op papier? ({marker})";
        var answer = $"Via de portal, bij je stage; op papier hoeft niet. ({marker})";

        var phone = await _browser.SignInAsync(DemoUsers.Student, PortalBrowser.Phone);
        await phone.GotoAsync(Url("/student/help"));
        await phone.WaitForSelectorAsync("[data-testid=ask-for-help]");
        await PortalBrowser.AssertAccessibleAsync(phone, output, "student: ask for help (phone)");
        await AssertFitsTheScreenAsync(phone, "student: ask for help");

        // Three taps and the text: the topic, a question, the text, send.
        await phone.ClickAsync("[data-testid=topic-schoolWork]");
        await phone.ClickAsync("[data-testid=kind-question]");
        await phone.Locator("textarea[data-testid=help-text], [data-testid=help-text] textarea").First.FillAsync(question);
        await phone.ClickAsync("[data-testid=help-send]");
        await phone.WaitForSelectorAsync("[data-testid=help-sent]");
        var mine = phone.Locator("[data-testid=my-help-request]").Filter(new() { HasText = marker });
        await Assertions.Expect(mine).ToContainTextAsync("wacht op antwoord");
        await PortalBrowser.AssertAccessibleAsync(phone, output, "student: help request sent (phone)");
        await AssertFitsTheScreenAsync(phone, "student: help request sent");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = PortalBrowser.ScreenshotPath(system.RepositoryRoot, "student-ask-for-help-phone.png"), FullPage = true });

        // The mentor's caseload counts it on the student's line, as Guidance does.
        var desktop = await _browser.SignInAsync(DemoUsers.Mentor, PortalBrowser.Desktop);
        await desktop.GotoAsync(Url("/mentor"));
        var line = CaseloadLine(desktop, DemoUsers.DemoStudent);
        var chip = line.Locator("[data-testid=open-help-requests]");
        await Assertions.Expect(chip).ToContainTextAsync(new Regex(@"Hulpvragen open: \d+"));
        var shown = int.Parse(CountPattern().Match(await chip.InnerTextAsync()).Value, CultureInfo.InvariantCulture);
        Assert.Equal(await OpenHelpRequestsAsync(), shown);
        Assert.True(shown >= 1);

        // The chip leads to the student page's help requests, where the mentor answers.
        await chip.ClickAsync();
        await desktop.WaitForURLAsync(url => url.Contains($"/mentor/students/{DemoUsers.DemoStudent}", StringComparison.Ordinal));
        var request = desktop.Locator("[data-testid=help-request]").Filter(new() { HasText = marker });
        await Assertions.Expect(request.Locator("[data-testid=help-status]")).ToHaveTextAsync("wacht op antwoord");
        await PortalBrowser.AssertAccessibleAsync(desktop, output, "mentor: student page with an open help request");
        var answerField = request.Locator("textarea[data-testid=help-answer-text], [data-testid=help-answer-text] textarea").First;
        await answerField.FillAsync(answer);
        await answerField.BlurAsync();
        await request.Locator("[data-testid=help-answer]").ClickAsync();
        await Assertions.Expect(request.Locator("[data-testid=help-status]")).ToHaveTextAsync("beantwoord");

        // The student reads the answer.
        await phone.GotoAsync(Url("/student/help"));
        await Assertions.Expect(mine.Locator("[data-testid=help-answer]")).ToContainTextAsync(answer);
        await Assertions.Expect(mine).ToContainTextAsync("beantwoord");
    }

    [Fact]
    public async Task A_trainer_raises_an_urgent_concern_on_a_phone_and_the_mentor_sees_and_answers_it()
    {
        var placementId = await DemoData.TrainersActivePlacementAsync();
        var marker = Marker();
        var text = $"Vandaag huilend weggegaan na een woordenwisseling met een klant; we maken ons zorgen. ({marker})";
        var answer = $"Dank u, ik bel haar vanmiddag en laat u morgen weten wat we afspreken. ({marker})";

        var phone = await _browser.SignInAsync(DemoUsers.Trainer, PortalBrowser.Phone);
        await phone.GotoAsync(Url($"/trainer/placements/{placementId}"));
        await phone.WaitForSelectorAsync("[data-testid=trainer-concerns]");
        await phone.ClickAsync("[data-testid=kind-worried]");
        await phone.GetByLabel("Dringend: de school moet vandaag reageren").CheckAsync();
        await phone.Locator("textarea[data-testid=concern-text], [data-testid=concern-text] textarea").First.FillAsync(text);
        await PortalBrowser.AssertAccessibleAsync(phone, output, "trainer: raise a concern (phone)");
        await AssertFitsTheScreenAsync(phone, "trainer: raise a concern");
        await phone.ClickAsync("[data-testid=raise-concern]");
        await phone.WaitForSelectorAsync("[data-testid=concern-sent]");
        var mine = phone.Locator("[data-testid=concern]").Filter(new() { HasText = marker });
        await Assertions.Expect(mine).ToContainTextAsync("dringend");
        await Assertions.Expect(mine).ToContainTextAsync("wacht op antwoord");
        await PortalBrowser.AssertAccessibleAsync(phone, output, "trainer: concern sent (phone)");
        await AssertFitsTheScreenAsync(phone, "trainer: concern sent");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = PortalBrowser.ScreenshotPath(system.RepositoryRoot, "trainer-concern-phone.png"), FullPage = true });

        // The caseload line carries the waiting concern, urgent; the student page shows it with the urgent chip.
        var desktop = await _browser.SignInAsync(DemoUsers.Mentor, PortalBrowser.Desktop);
        await desktop.GotoAsync(Url("/mentor"));
        var concerns = CaseloadLine(desktop, DemoUsers.DemoStudent).Locator("[data-testid=open-concerns]");
        await Assertions.Expect(concerns).ToContainTextAsync("zorgmelding");
        await Assertions.Expect(concerns).ToHaveClassAsync(new Regex("mud-chip-color-error"));

        await desktop.GotoAsync(Url($"/mentor/students/{DemoUsers.DemoStudent}"));
        var concern = desktop.Locator("[data-testid=school-concern]").Filter(new() { HasText = marker });
        await Assertions.Expect(concern.Locator("[data-testid=concern-urgent]")).ToBeVisibleAsync();
        await Assertions.Expect(concern).ToContainTextAsync("wacht op antwoord");
        var reply = concern.Locator("textarea[data-testid=concern-reply], [data-testid=concern-reply] textarea").First;
        await reply.FillAsync(answer);
        await reply.BlurAsync();
        await concern.Locator("[data-testid=concern-step]").ClickAsync();
        await Assertions.Expect(concern).ToContainTextAsync("beantwoord");

        // The trainer reads the school's answer.
        await phone.GotoAsync(Url($"/trainer/placements/{placementId}"));
        await Assertions.Expect(mine.Locator("[data-testid=concern-answer]")).ToContainTextAsync(answer);
    }

    private static ILocator CaseloadLine(IPage page, Guid studentId) =>
        page.Locator("[data-testid=caseload] tr").Filter(new() { Has = page.Locator($"a[data-testid=student-link][href='/mentor/students/{studentId}']") });

    /// <summary>
    /// Nothing sticks out sideways on a phone: no horizontal scrolling, and the app bar's sign-out button is wholly on
    /// screen (the bar clips rather than scrolls, so the page width alone would not show it cut off).
    /// </summary>
    private static async Task AssertFitsTheScreenAsync(IPage page, string what)
    {
        var (scroll, width) = (await page.EvaluateAsync<int>("document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("window.innerWidth"));
        Assert.True(scroll <= width, $"{what}: the page is {scroll} px wide on a {width} px screen");
        var signOut = await page.Locator("[data-testid=sign-out]").BoundingBoxAsync();
        Assert.NotNull(signOut);
        Assert.True(signOut.X >= 0 && signOut.X + signOut.Width <= width, $"{what}: the sign-out button runs from {signOut.X:0} to {signOut.X + signOut.Width:0} px on a {width} px screen");
    }

    private static async Task<int> OpenHelpRequestsAsync()
    {
        using var guidance = await DemoUsers.ClientAsync(RunningSystem.Guidance, DemoUsers.Mentor, "guidance");
        var caseload = await guidance.GetFromJsonAsync<JsonElement>("/api/mentors/me/students");
        return caseload.EnumerateArray().Single(l => l.GetProperty("studentId").GetGuid() == DemoUsers.DemoStudent).GetProperty("openHelpRequests").GetInt32();
    }

    private static string Marker() => $"e2e {DateTime.UtcNow:HHmmss}-{Random.Shared.Next(1000):000}";

    private static string Url(string path) => new Uri(RunningSystem.Portal, path).ToString();

    [GeneratedRegex(@"\d+")]
    private static partial Regex CountPattern();
}
