using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;
using PartnershipHub.ServiceDefaults;
using Xunit;
using Xunit.Abstractions;

namespace PartnershipHub.EndToEnd.Tests.Browser;

/// <summary>
/// A staff account from start to caseload: an operator creates a mentor in the portal, the invitation mail arrives,
/// the new mentor chooses a password and signs in, a coordinator gives them a student, and the student is on their
/// caseload. The staff pages are desktop pages: checked with axe (every impact) and at a 768 px tablet width.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed partial class StaffAccountsTests(RunningSystem system, ITestOutputHelper output) : IAsyncLifetime
{
    private const string NewPassword = "Nieuw-Mentor!2026";
    private static readonly ViewportSize Tablet = new() { Width = 768, Height = 1024 };

    /// <summary>A demo student of the last demo mentor, whom no other end-to-end test uses.</summary>
    private static readonly Guid Student = DemoIds.StudentId(290);

    private readonly PortalBrowser _browser = new();

    public Task InitializeAsync() => _browser.InitializeAsync();

    public Task DisposeAsync() => _browser.DisposeAsync();

    [Fact]
    public async Task An_operator_creates_a_mentor_who_accepts_the_invitation_and_sees_the_student_assigned_to_them()
    {
        var email = $"e2e-mentor-{Guid.NewGuid():N}@school.example.nl";
        var name = $"Mentor E2E {email[11..17]}";

        var admin = await _browser.SignInAsync(DemoUsers.Operator, PortalBrowser.Desktop);
        await admin.ClickAsync("a[href='/admin/staff']");
        await admin.WaitForSelectorAsync("[data-testid=staff-link]");
        await Assertions.Expect(admin.Locator("[data-testid=staff-count]")).ToContainTextAsync("Gevonden accounts:");
        await PortalBrowser.AssertAccessibleAsync(admin, output, "operator: staff accounts", everyImpact: true);
        await admin.ScreenshotAsync(new PageScreenshotOptions { Path = PortalBrowser.ScreenshotPath(system.RepositoryRoot, "staff-accounts.png"), FullPage = true });

        await admin.ClickAsync("[data-testid=new-staff]");
        await admin.WaitForSelectorAsync("[data-testid=staff-form]");
        // An operator may grant every staff role; the mentor role is ticked already.
        Assert.Equal(5, await admin.Locator("[data-testid=staff-roles] input[type=checkbox]").CountAsync());
        Assert.True(await admin.Locator("[data-testid=role-mentor] input, input[data-testid=role-mentor]").First.IsCheckedAsync());
        await PortalBrowser.AssertAccessibleAsync(admin, output, "operator: new staff account", everyImpact: true);
        await admin.FillAsync("input[data-testid=staff-name]", name);
        await admin.FillAsync("input[data-testid=staff-email]", email);
        await admin.ClickAsync("[data-testid=staff-create]");
        await admin.WaitForURLAsync(url => url.Contains("?created=true", StringComparison.Ordinal));
        await Assertions.Expect(admin.Locator("[data-testid=staff-notice]")).ToContainTextAsync(email);
        await Assertions.Expect(admin.Locator("[data-testid=staff-status]")).ToContainTextAsync("Uitnodiging nog niet gebruikt");
        await PortalBrowser.AssertAccessibleAsync(admin, output, "operator: the new account", everyImpact: true);
        var accountId = Guid.Parse(AccountIdInPath().Match(admin.Url).Groups["id"].Value);

        // The same address a second time: the rule's sentence stands beside the e-mail field.
        await admin.GotoAsync(Url("/admin/staff/new"));
        await admin.WaitForSelectorAsync("[data-testid=staff-form]");
        await admin.FillAsync("input[data-testid=staff-name]", name);
        await admin.FillAsync("input[data-testid=staff-email]", email);
        await admin.ClickAsync("[data-testid=staff-create]");
        await Assertions.Expect(admin.Locator(".mud-input-control", new() { Has = admin.Locator("input[data-testid=staff-email]") }))
            .ToContainTextAsync("Er is al een account met dit e-mailadres.");
        await PortalBrowser.AssertAccessibleAsync(admin, output, "operator: new staff account with an error", everyImpact: true);

        await admin.GotoAsync(Url("/admin/staff/import"));
        await admin.WaitForSelectorAsync("[data-testid=import-template]");
        await PortalBrowser.AssertAccessibleAsync(admin, output, "operator: staff import", everyImpact: true);

        var tablet = await _browser.SignInAsync(DemoUsers.Coordinator, Tablet);
        await AssertFitsATabletAsync(tablet, "/admin/staff", "[data-testid=staff-link]");
        await AssertFitsATabletAsync(tablet, "/admin/staff/new", "[data-testid=staff-form]");
        await AssertFitsATabletAsync(tablet, $"/admin/staff/{accountId}", "[data-testid=staff-facts]");
        await AssertFitsATabletAsync(tablet, "/admin/staff/import", "[data-testid=import-columns]");
        // A coordinator grants mentor, teacher and coordinator only.
        await tablet.GotoAsync(Url("/admin/staff/new"));
        await tablet.WaitForSelectorAsync("[data-testid=staff-form]");
        Assert.Equal(3, await tablet.Locator("[data-testid=staff-roles] input[type=checkbox]").CountAsync());
        await tablet.Context.CloseAsync();

        // Identity → pickup folder: the invitation, whose link lets the new mentor choose a password.
        var link = InvitationLink().Match(await WaitForMailToAsync(email, TimeSpan.FromMinutes(1))).Value;
        Assert.StartsWith(RunningSystem.Identity.ToString(), link, StringComparison.Ordinal);
        var invited = await (await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" })).NewPageAsync();
        await invited.GotoAsync(link);
        await invited.FillAsync("#password", NewPassword);
        await invited.FillAsync("#confirmPassword", NewPassword);
        await invited.ClickAsync("button[type=submit]");
        await invited.WaitForURLAsync(url => url.Contains("/account", StringComparison.Ordinal) && !url.Contains("invitation", StringComparison.Ordinal));
        await invited.Context.CloseAsync();

        var mentor = await _browser.SignInAsync(email, PortalBrowser.Desktop, "/mentor", NewPassword);
        await mentor.WaitForSelectorAsync("[data-testid=caseload]");
        Assert.Equal(0, await mentor.Locator($"a[href='/mentor/students/{Student}']").CountAsync());

        // The coordinator gives the new mentor a student, through Students with a real token, once Students knows them.
        var staffId = await StaffIdOfAsync(accountId);
        await AssignStudentAsync(staffId);

        // Students → broker → Guidance: the caseload follows within seconds; each look is a fresh load of the page.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (await mentor.Locator($"a[href='/mentor/students/{Student}']").CountAsync() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Student {Student} did not appear on the new mentor's caseload.");
            await Task.Delay(1_000);
            await mentor.ReloadAsync();
            await mentor.WaitForSelectorAsync("[data-testid=caseload]");
        }

        await PortalBrowser.AssertAccessibleAsync(mentor, output, "new mentor: caseload");
    }

    /// <summary>At 768 px the page has no horizontal scroll bar and still passes axe.</summary>
    private async Task AssertFitsATabletAsync(IPage page, string path, string readySelector)
    {
        await page.GotoAsync(Url(path));
        await page.WaitForSelectorAsync(readySelector);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow} px wider than a 768 px screen.");
        await PortalBrowser.AssertAccessibleAsync(page, output, $"coordinator: {path} at 768 px", everyImpact: true);
    }

    private static async Task<Guid> StaffIdOfAsync(Guid accountId)
    {
        using var identity = await DemoUsers.ClientAsync(RunningSystem.Identity, DemoUsers.Coordinator, "identity");
        var account = await identity.GetFromJsonAsync<JsonElement>($"/api/users/{accountId}");
        return account.GetProperty("staffId").GetGuid();
    }

    private async Task AssignStudentAsync(Guid staffId)
    {
        using var students = await DemoUsers.ClientAsync(RunningSystem.Students, DemoUsers.Coordinator, "students");
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            // Students learns of the new mentor from Identity's StaffMemberChanged; until then it refuses the assignment.
            using var response = await students.PutAsJsonAsync($"/api/students/{Student}/mentor", new { mentorStaffId = staffId });
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            var body = await response.Content.ReadAsStringAsync();
            output.WriteLine($"assigning the student: {(int)response.StatusCode} {body}");
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity,
                $"Students refused the assignment: {(int)response.StatusCode} {body}");
            Assert.True(DateTime.UtcNow < deadline, $"Students did not accept the new mentor within a minute: {body}");
            await Task.Delay(1_000);
        }
    }

    private async Task<string> WaitForMailToAsync(string address, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
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

            await Task.Delay(250);
        }

        throw new TimeoutException($"No invitation mail to {address} appeared in {system.MailDirectory}.");
    }

    private static string Url(string path) => new Uri(RunningSystem.Portal, path).ToString();

    [GeneratedRegex(@"/admin/staff/(?<id>[0-9a-f-]{36})")]
    private static partial Regex AccountIdInPath();

    [GeneratedRegex(@"https?://[^\s""'<>]+/account/invitation\?token=[^\s""'<>&]+")]
    private static partial Regex InvitationLink();
}
