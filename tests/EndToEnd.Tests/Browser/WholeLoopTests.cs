using System.Globalization;
using System.Text.RegularExpressions;
using MimeKit;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit;
using Xunit.Abstractions;

namespace PartnershipHub.EndToEnd.Tests.Browser;

/// <summary>
/// The whole loop in the portal, through the real login and the real services (#24): a coordinator enrols a minor,
/// registers and accredits a company, adds its praktijkopleider, publishes a place and places the student directly;
/// the student signs on a phone, the guardian signs through the mailed link without an account, the praktijkopleider
/// and the school sign; the coordinator starts the placement; the mentor fills in the attitude form and downloads the
/// growth document; the praktijkopleider sees the student's workplace goals and the school's contact person and logs a
/// contact. Every new screen passes axe with no violation of any impact; screenshots go to docs/screenshots.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed partial class WholeLoopTests(RunningSystem system, ITestOutputHelper output) : IAsyncLifetime
{
    private const string NewPassword = "Loop!2026-wachtwoord";
    private static readonly TimeSpan EventuallyTimeout = TimeSpan.FromMinutes(2);
    private readonly PortalBrowser _browser = new();

    public Task InitializeAsync() => _browser.InitializeAsync();

    public Task DisposeAsync() => _browser.DisposeAsync();

    [Fact]
    public async Task A_minor_is_enrolled_placed_signed_for_by_every_party_started_assessed_and_followed_up()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var studentEmail = $"loop-student-{tag}@student.example.nl";
        var trainerEmail = $"loop-trainer-{tag}@bedrijf.example.nl";
        var guardianEmail = $"loop-ouder-{tag}@example.nl";
        var studentNumber = "8" + (Math.Abs(tag.GetHashCode()) % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var lastName = $"Lus{tag[..4]}";
        var companyName = $"Lusbedrijf {tag[..6]}";
        var crebo = "25180";
        var today = DateOnly.FromDateTime(DateTime.Today);

        // 1. The coordinator enrols one student: 16 years old, so the guardian signs too.
        var coordinator = await _browser.SignInAsync(DemoUsers.Coordinator, PortalBrowser.Desktop, "/coordinator/students/new");
        await WaitAsync(coordinator, "[data-testid=enrol-form]");
        await PortalBrowser.AssertAccessibleAsync(coordinator, output, "coordinator: enrol a student", everyImpact: true);
        await FillAsync(coordinator, "field-studentNumber", studentNumber);
        await FillAsync(coordinator, "field-cohort", $"{today.Year}-{today.Year + 3}");
        await FillAsync(coordinator, "field-firstName", "Lotte");
        await FillAsync(coordinator, "field-lastName", lastName);
        await FillAsync(coordinator, "field-dateOfBirth", today.AddYears(-16).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await FillAsync(coordinator, "field-email", studentEmail);
        await FillAsync(coordinator, "field-homePostcode", "3511 AB");
        await FillAsync(coordinator, "field-crebo", crebo);
        await FillAsync(coordinator, "field-qualificationName", "Medewerker logistiek");
        await ChooseAsync(coordinator, "field-level", "2");
        await ChooseAsync(coordinator, "field-route", "BOL");
        await FillAsync(coordinator, "field-startDate", today.AddMonths(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await FillAsync(coordinator, "field-expectedEndDate", today.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await ChooseAsync(coordinator, "field-mentor", "Mehmet Mentor");
        await coordinator.ClickAsync("[data-testid=enrol]");
        await WaitAsync(coordinator, "[data-testid=enrolled]");
        await Assertions.Expect(coordinator.GetByText("Nog geen mentor")).ToHaveCountAsync(0);
        var studentId = Guid.Parse(IdInPath().Match(coordinator.Url).Value);
        await coordinator.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("coordinator-student.png"), FullPage = true });

        // 2. Registers a company, accredits it for the crebo, adds its praktijkopleider and publishes a place.
        await coordinator.GotoAsync(Url("/coordinator/companies/new"));
        await WaitAsync(coordinator, "[data-testid=company-form]");
        await PortalBrowser.AssertAccessibleAsync(coordinator, output, "coordinator: register a company", everyImpact: true);
        await FillAsync(coordinator, "company-name", companyName);
        await FillAsync(coordinator, "company-kvk", "9" + studentNumber);
        await FillAsync(coordinator, "location-street-0", "Stationsplein 1");
        await FillAsync(coordinator, "location-postcode-0", "3511 AB");
        await FillAsync(coordinator, "location-city-0", "Utrecht");
        await coordinator.ClickAsync("[data-testid=company-save]");
        await WaitAsync(coordinator, "[data-testid=company-heading]");
        var companyId = Guid.Parse(IdInPath().Match(coordinator.Url).Value);

        await FillAsync(coordinator, "grant-crebo", crebo);
        await FillAsync(coordinator, "grant-from", today.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await FillAsync(coordinator, "grant-to", today.AddYears(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await coordinator.ClickAsync("[data-testid=grant-save]");
        await WaitAsync(coordinator, "[data-testid=accreditation-saved]");

        await FillAsync(coordinator, "trainer-name", $"Pim Praktijk {tag[..4]}");
        await FillAsync(coordinator, "trainer-email", trainerEmail);
        await FillAsync(coordinator, "trainer-phone", "06 12345678");
        await coordinator.ClickAsync("[data-testid=trainer-save]");
        await WaitAsync(coordinator, "[data-testid=trainer-saved]");

        // The periods the API serves; the first that has not ended.
        await coordinator.SelectOptionAsync("select[data-testid=capacity-period]", new SelectOptionValue { Index = 0 });
        await coordinator.SelectOptionAsync("select[data-testid=capacity-crebo]", crebo);
        await FillAsync(coordinator, "capacity-places", "2");
        await coordinator.ClickAsync("[data-testid=capacity-save]");
        await WaitAsync(coordinator, "[data-testid=capacity-saved]");
        await PortalBrowser.AssertAccessibleAsync(coordinator, output, "coordinator: company with accreditation, trainer and capacity", everyImpact: true);
        await coordinator.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("coordinator-company.png"), FullPage = true });

        // 3. Places the student directly (no matching run): the same accreditation and capacity checks. Internships
        //    learns of the new student and company from events, so the first try may come too early.
        var placementId = await PlaceDirectlyAsync(coordinator, lastName, companyName);
        await WaitAsync(coordinator, "[data-testid=agreement-card]");
        await Assertions.Expect(coordinator.Locator("[data-testid=agreement-missing]")).ToContainTextAsync("ouder");
        await PortalBrowser.AssertAccessibleAsync(coordinator, output, "coordinator: placement with its agreement", everyImpact: true);

        await Assertions.Expect(coordinator.Locator("[data-testid=agreement-missing]")).ToContainTextAsync("student");

        // 4. The student accepts the account invitation and signs on a phone; the student sends the guardian's link.
        await AcceptInvitationAsync(studentEmail);
        var student = await _browser.SignInAsync(studentEmail, PortalBrowser.Phone, "/student", NewPassword);
        await WaitAsync(student, "[data-testid=agreement-card]");
        await student.ClickAsync("[data-testid=agreement-sign]");
        await Assertions.Expect(student.Locator("[data-testid=agreement-party-student]")).Not.ToContainTextAsync("Nog niet");
        await student.Locator("[data-testid=agreement-guardian-name] input").FillAsync("Marieke " + lastName);
        await student.Locator("[data-testid=agreement-guardian-email] input").FillAsync(guardianEmail);
        await student.ClickAsync("[data-testid=agreement-guardian-send]");
        await WaitAsync(student, "[data-testid=agreement-guardian-sent]");
        await PortalBrowser.AssertAccessibleAsync(student, output, "student: agreement signed, guardian link sent (phone)", everyImpact: true);
        await AssertNoSidewaysScrollAsync(student, "student's placement");
        await student.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("student-agreement-phone.png"), FullPage = true });

        // 5. The guardian signs through the mailed link, without an account, on a phone.
        var guardianLink = SigningLink().Match(await WaitForMailToAsync(guardianEmail)).Value;
        var guardianContext = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = PortalBrowser.Phone, Locale = "nl-NL" });
        var guardian = await guardianContext.NewPageAsync();
        await guardian.GotoAsync(guardianLink);
        await WaitAsync(guardian, "[data-testid=guardian-form]");
        await Assertions.Expect(guardian.Locator("[data-testid=guardian-summary]")).ToContainTextAsync(companyName);
        await PortalBrowser.AssertAccessibleAsync(guardian, output, "guardian: signing page (phone)", everyImpact: true);
        await guardian.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("guardian-sign-phone.png"), FullPage = true });
        await guardian.FillAsync("#guardian-name", "Marieke " + lastName);
        await guardian.CheckAsync("#guardian-agree");
        await guardian.ClickAsync("[data-testid=guardian-submit]");
        await WaitAsync(guardian, "[data-testid=guardian-signed]");
        // The link works once.
        await guardian.GotoAsync(guardianLink);
        await WaitAsync(guardian, "[data-testid=guardian-used], [data-testid=guardian-already-signed]");
        await guardianContext.CloseAsync();

        // 6. The praktijkopleider accepts their invitation and signs for the company.
        await AcceptInvitationAsync(trainerEmail);
        var trainer = await _browser.SignInAsync(trainerEmail, PortalBrowser.Phone, $"/trainer/placements/{placementId}", NewPassword);
        await WaitAsync(trainer, "[data-testid=agreement-card]");
        await trainer.ClickAsync("[data-testid=agreement-sign]");
        await Assertions.Expect(trainer.Locator("[data-testid=agreement-party-company]")).Not.ToContainTextAsync("Nog niet");
        await PortalBrowser.AssertAccessibleAsync(trainer, output, "trainer: agreement signed (phone)", everyImpact: true);
        await AssertNoSidewaysScrollAsync(trainer, "trainer's placement");

        // 7. The school signs, and the coordinator starts the placement.
        await coordinator.GotoAsync(Url($"/coordinator/placements/{placementId}"));
        await WaitAsync(coordinator, "[data-testid=agreement-sign]");
        await coordinator.ClickAsync("[data-testid=agreement-sign]");
        await Assertions.Expect(coordinator.Locator("[data-testid=agreement-missing]")).ToHaveCountAsync(0);
        await coordinator.ReloadAsync();
        await WaitAsync(coordinator, "[data-testid=start]");
        await coordinator.ClickAsync("[data-testid=start]");
        await WaitAsync(coordinator, "[data-testid=step-done]");
        await Assertions.Expect(coordinator.Locator("[data-testid=placement-status]")).ToContainTextAsync("Loopt");
        await PortalBrowser.AssertAccessibleAsync(coordinator, output, "coordinator: started placement", everyImpact: true);
        await coordinator.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("coordinator-placement.png"), FullPage = true });

        // 8. The mentor fills in the attitude form for the new student and downloads the growth document.
        var mentor = await _browser.SignInAsync(DemoUsers.Mentor, PortalBrowser.Desktop);
        await WaitForPageAsync(mentor, $"/mentor/students/{studentId}/beoordelen", "[data-testid=assessment-stepper]");
        await PortalBrowser.AssertAccessibleAsync(mentor, output, "mentor: attitude form", everyImpact: true);
        var steps = await mentor.Locator("[data-testid=step-indicator]").InnerTextAsync();
        var criteria = int.Parse(steps.Split(' ').Last(), CultureInfo.InvariantCulture) - 1;
        for (var i = 0; i < criteria; i++)
        {
            await mentor.Locator("label[for$='-competent']").ClickAsync();
            if (i == 0)
            {
                await mentor.Locator("[data-testid=observation] textarea, textarea[data-testid=observation]").First.FillAsync("Lotte plant haar werk zelf en vraagt op tijd om hulp.");
            }

            await mentor.ClickAsync("[data-testid=next]");
        }

        await mentor.Locator("[data-testid=feed-forward] textarea, textarea[data-testid=feed-forward]").First.FillAsync("Vraag bij de start van elke dag wat de prioriteiten zijn.");
        await mentor.ClickAsync("[data-testid=submit]");
        await WaitAsync(mentor, "[data-testid=submitted]");

        await mentor.GotoAsync(Url($"/mentor/students/{studentId}"));
        await WaitAsync(mentor, "[data-testid=growth-pdf]");
        var download = await mentor.RunAndWaitForDownloadAsync(() => mentor.ClickAsync("[data-testid=growth-pdf]"));
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
        using (var pdf = PdfDocument.Open(await download.PathAsync()))
        {
            var text = string.Join("\n", pdf.GetPages().Select(page => page.Text));
            // Table cells wrap: compare without white space.
            var squashed = Regex.Replace(text, @"\s+", "");
            Assert.Contains(lastName, squashed, StringComparison.Ordinal);
            Assert.True(squashed.Contains("Lotteplanthaarwerkzelfenvraagtoptijdomhulp.", StringComparison.Ordinal), $"The mentor's observation is in the growth document:\n{text}");
        }

        // 9. The demo praktijkopleider sees the demo student's workplace goals and the school's contact person, and logs a contact.
        var demoTrainer = await _browser.SignInAsync(DemoUsers.Trainer, PortalBrowser.Phone, "/trainer");
        // The student's own link, not the "2 opdrachten" or weeks links that jump to a part of the page.
        const string placementLink = "[data-testid=my-students] a[href^='/trainer/placements/']:not([href*='#']):not([href$='/assess'])";
        await WaitAsync(demoTrainer, placementLink);
        await demoTrainer.Locator(placementLink).First.ClickAsync();
        await WaitAsync(demoTrainer, "[data-testid=workplace-goals], [data-testid=workplace-goals-none]");
        await WaitAsync(demoTrainer, "[data-testid=school-contact]");
        await Assertions.Expect(demoTrainer.Locator("[data-testid=school-contact-mail]")).ToHaveAttributeAsync("href", new Regex("^mailto:"));
        var contactNote = $"Telefonisch bijgepraat over de planning ({tag[..4]}).";
        await ChooseAsync(demoTrainer, "contact-kind", "Telefo");
        await FillAsync(demoTrainer, "contact-summary", contactNote);
        await demoTrainer.ClickAsync("[data-testid=contact-save]");
        await WaitAsync(demoTrainer, "[data-testid=contact-saved]");
        await Assertions.Expect(demoTrainer.Locator("[data-testid=contacts]")).ToContainTextAsync(contactNote);
        await PortalBrowser.AssertAccessibleAsync(demoTrainer, output, "trainer: goals, school contact and contact log (phone)", everyImpact: true);
        await AssertNoSidewaysScrollAsync(demoTrainer, "trainer's placement with goals and contacts");
        await demoTrainer.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("trainer-goals-contact-phone.png"), FullPage = true });

        // "N weken om goed te keuren" lands on the hours with the focus on their heading (it once broke the page).
        await demoTrainer.GotoAsync(demoTrainer.Url.Split('#')[0] + "#hours");
        await WaitAsync(demoTrainer, "[data-testid=workplace-goals], [data-testid=workplace-goals-none]");
        await demoTrainer.WaitForFunctionAsync("() => document.activeElement?.id === 'hours'");
        _ = companyId;
    }

    /// <summary>Waits for <paramref name="selector"/>; when it does not come, says where the browser is and what the page shows.</summary>
    private static async Task WaitAsync(IPage page, string selector)
    {
        try
        {
            await page.WaitForSelectorAsync(selector);
        }
        catch (TimeoutException exception)
        {
            var body = await page.InnerTextAsync("body");
            throw new InvalidOperationException($"{selector} did not appear at {page.Url}: {body[..Math.Min(body.Length, 1500)]}", exception);
        }
    }

    private async Task<Guid> PlaceDirectlyAsync(IPage coordinator, string lastName, string companyName)
    {
        var deadline = DateTime.UtcNow + EventuallyTimeout;
        while (true)
        {
            await coordinator.GotoAsync(Url("/coordinator/placements/new"));
            await TypeAsync(coordinator, "student-search", lastName);
            var studentOption = coordinator.Locator("[data-testid=student-option] button").First;
            var companyOption = coordinator.Locator("[data-testid=company-option] button").First;
            try
            {
                await studentOption.ClickAsync(new LocatorClickOptions { Timeout = 10_000 });
                await TypeAsync(coordinator, "company-search", companyName);
                await companyOption.ClickAsync(new LocatorClickOptions { Timeout = 10_000 });
                await coordinator.WaitForSelectorAsync("[data-testid=place]", new PageWaitForSelectorOptions { Timeout = 10_000 });
                await PortalBrowser.AssertAccessibleAsync(coordinator, output, "coordinator: place a student directly", everyImpact: true);
                await coordinator.ClickAsync("[data-testid=place-student]");
                await coordinator.WaitForURLAsync(url => IdInPath().IsMatch(url), new PageWaitForURLOptions { Timeout = 10_000 });
                return Guid.Parse(IdInPath().Match(coordinator.Url).Value);
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                // The student, the company's accreditation or its place has not reached Internships yet.
                var body = await coordinator.InnerTextAsync("main");
                output.WriteLine($"direct placement not yet possible: {body[..Math.Min(body.Length, 1500)]}");
                await Task.Delay(2_000);
            }
        }
    }

    private async Task AcceptInvitationAsync(string email)
    {
        var link = InvitationLink().Match(await WaitForMailToAsync(email)).Value;
        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(link);
        await page.FillAsync("#password", NewPassword);
        await page.FillAsync("#confirmPassword", NewPassword);
        await page.ClickAsync("button[type=submit]");
        try
        {
            await page.WaitForURLAsync(url => url.Contains("/account", StringComparison.Ordinal) && !url.Contains("invitation", StringComparison.Ordinal));
        }
        catch (TimeoutException)
        {
            // Once, on a local run, the page never left the invitation: say where it stood and what it said.
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(system.RepositoryRoot, ".local", "failed-invitation.png"), FullPage = true });
            var text = await page.Locator("body").InnerTextAsync();
            throw new TimeoutException($"Accepting {email}'s invitation did not reach the account page: still at {page.Url}, showing: {text[..Math.Min(text.Length, 800)]}");
        }

        await context.CloseAsync();
    }

    private static async Task WaitForPageAsync(IPage page, string path, string selector)
    {
        var deadline = DateTime.UtcNow + EventuallyTimeout;
        while (true)
        {
            await page.GotoAsync(Url(path));
            try
            {
                await page.WaitForSelectorAsync(selector, new PageWaitForSelectorOptions { Timeout = 10_000 });
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                // Guidance learns of the new student from Students' event.
            }
        }
    }

    private static async Task FillAsync(IPage page, string testId, string value)
    {
        var field = page.Locator($"input[data-testid={testId}], [data-testid={testId}] input, textarea[data-testid={testId}], [data-testid={testId}] textarea").First;
        await field.FillAsync(value);
        await field.PressAsync("Tab");
    }

    /// <summary>Types into a search-as-you-type field and stays there, as a person waiting for the results would.</summary>
    private static Task TypeAsync(IPage page, string testId, string value) =>
        page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First.FillAsync(value);

    /// <summary>A MudSelect: open it, pick the option whose text contains <paramref name="text"/>.</summary>
    /// <summary>
    /// Picks an option of a select and waits until the select shows it. In CI a click while the list was still opening
    /// once left the select unchanged (the student was then enrolled without a mentor), so a miss is tried again.
    /// </summary>
    private static async Task ChooseAsync(IPage page, string testId, string text)
    {
        var select = page.Locator($"[data-testid={testId}]").First;
        for (var attempt = 1; ; attempt++)
        {
            await select.ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = text }).First.ClickAsync();
            try
            {
                await Assertions.Expect(select).ToContainTextAsync(text, new() { Timeout = 5_000, IgnoreCase = true });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
            }
        }
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what) =>
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{what} scrolls sideways at 360 px");

    private async Task<string> WaitForMailToAsync(string address)
    {
        var deadline = DateTime.UtcNow + EventuallyTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(system.MailDirectory))
            {
                foreach (var file in Directory.EnumerateFiles(system.MailDirectory, "*.eml"))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase)))
                    {
                        return message.TextBody ?? message.HtmlBody ?? "";
                    }
                }
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"No mail to {address} appeared in {system.MailDirectory}.");
    }

    private string Screenshot(string fileName) => PortalBrowser.ScreenshotPath(system.RepositoryRoot, fileName);

    private static string Url(string path) => new Uri(RunningSystem.Portal, path).ToString();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex IdInPath();

    [GeneratedRegex(@"https?://[^\s""'<>]+/account/invitation\?token=[^\s""'<>&]+")]
    private static partial Regex InvitationLink();

    [GeneratedRegex(@"https?://[^\s""'<>]+/ondertekenen/[^\s""'<>]+")]
    private static partial Regex SigningLink();
}
