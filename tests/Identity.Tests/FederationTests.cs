using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Security;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.Identity.Tests.Infrastructure.Federation;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>Signing in through the school's provider: a test provider of our own, driven through the real redirects.</summary>
public sealed class FederationTests(FederationFixture fixture) : IClassFixture<FederationFixture>
{
    private const string Password = "Test!2026password";
    private const string NoAccountText = "De school moet eerst een account voor je aanmaken";
    private const string UnavailableText = "is nu niet bereikbaar of gaf een fout";

    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Sign_in_page_shows_one_button_per_provider_that_keeps_the_return_url()
    {
        using var browser = new FederatedBrowser(fixture);
        var html = await browser.Identity.GetStringAsync("/account/login?returnUrl=%2Fconnect%2Fauthorize%3Fclient_id%3Dportal");

        Assert.Contains("Inloggen met Testschool / Sign in with Testschool", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/external/school?returnUrl=%2Fconnect%2Fauthorize%3Fclient_id%3Dportal\"", html, StringComparison.Ordinal);
        Assert.Contains("Inloggen met Offline school", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task First_sign_in_links_by_verified_email_and_the_portal_gets_the_accounts_token()
    {
        var staffId = Guid.NewGuid();
        var user = await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => u.StaffId = staffId);
        var person = ProviderPerson.New(user.Email!.ToUpperInvariant(), emailVerified: true);
        fixture.Provider.NextPerson = person;
        using var browser = new FederatedBrowser(fixture);

        var tokens = await browser.PortalTokensThroughSchoolAsync(FederationFixture.School);

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal(user.Id.ToString(), tokens.Jwt.Subject);
        Assert.Equal([Roles.Mentor], tokens.Jwt.Claims.Where(c => c.Type == ClaimNames.Role).Select(c => c.Value));
        Assert.Equal(staffId.ToString(), tokens.Jwt.Claims.Single(c => c.Type == ClaimNames.StaffId).Value);
        Assert.Equal([(FederationFixture.School, person.Subject)], await LoginsAsync(user.Id));
        Assert.Contains(await AuditAsync(user.Id), a => a.Event == AuditEvents.FederatedLoginLinked && a.Detail!.Contains("verified e-mail"));
        Assert.Contains(await AuditAsync(user.Id), a => a.Event == AuditEvents.SignInSucceeded && a.Detail!.StartsWith("federated:school"));
    }

    [Fact]
    public async Task First_sign_in_links_by_employee_number()
    {
        var number = "E" + Random.Shared.Next(10_000_000, 99_999_999);
        var user = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => u.EmployeeNumber = number);
        var person = ProviderPerson.New($"other-{Guid.NewGuid():N}@school.example", employeeNumber: number);
        fixture.Provider.NextPerson = person;
        using var browser = new FederatedBrowser(fixture);

        var tokens = await browser.PortalTokensThroughSchoolAsync(FederationFixture.School);

        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal(user.Id.ToString(), tokens.Jwt.Subject);
        Assert.Equal([Roles.Teacher], tokens.Jwt.Claims.Where(c => c.Type == ClaimNames.Role).Select(c => c.Value));
        Assert.Equal([(FederationFixture.School, person.Subject)], await LoginsAsync(user.Id));
        Assert.Contains(await AuditAsync(user.Id), a => a.Event == AuditEvents.FederatedLoginLinked && a.Detail!.Contains("number"));
    }

    [Fact]
    public async Task First_sign_in_links_a_student_by_student_number()
    {
        var number = "S" + Random.Shared.Next(10_000_000, 99_999_999);
        var studentId = Guid.NewGuid();
        var user = await _oidc.CreateUserAsync(Password, [Roles.Student], u => (u.StudentNumber, u.StudentId) = (number, studentId));
        fixture.Provider.NextPerson = ProviderPerson.New(studentNumber: number);
        using var browser = new FederatedBrowser(fixture);

        var tokens = await browser.PortalTokensThroughSchoolAsync(FederationFixture.Students);

        Assert.Equal(user.Id.ToString(), tokens.Jwt.Subject);
        Assert.Equal(studentId.ToString(), tokens.Jwt.Claims.Single(c => c.Type == ClaimNames.StudentId).Value);
    }

    [Fact]
    public async Task Unverified_email_is_refused_when_the_provider_must_verify_it()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Mentor]);
        fixture.Provider.NextPerson = ProviderPerson.New(user.Email, emailVerified: false);
        using var browser = new FederatedBrowser(fixture);

        var response = await browser.SignInAtSchoolAsync(FederationFixture.School);

        await AssertNoAccountPageAsync(response);
        Assert.Empty(await LoginsAsync(user.Id));
        Assert.False(await SignedInAsync(browser));
    }

    [Fact]
    public async Task Unverified_email_links_at_a_provider_trusted_for_email()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Coordinator]);
        var person = ProviderPerson.New(user.Email, emailVerified: null);
        fixture.Provider.NextPerson = person;
        using var browser = new FederatedBrowser(fixture);

        var response = await browser.SignInAtSchoolAsync(FederationFixture.Trusted);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([(FederationFixture.Trusted, person.Subject)], await LoginsAsync(user.Id));
        Assert.True(await SignedInAsync(browser));
    }

    [Fact]
    public async Task Unknown_user_is_refused_and_nothing_is_created_or_linked()
    {
        var person = ProviderPerson.New($"unknown-{Guid.NewGuid():N}@school.example", employeeNumber: "E-unknown-" + Guid.NewGuid().ToString("N")[..8]);
        fixture.Provider.NextPerson = person;
        var accountsBefore = await fixture.InDatabaseAsync(db => db.Users.CountAsync());
        using var browser = new FederatedBrowser(fixture);

        var response = await browser.SignInAtSchoolAsync(FederationFixture.School);

        await AssertNoAccountPageAsync(response);
        Assert.Equal(accountsBefore, await fixture.InDatabaseAsync(db => db.Users.CountAsync()));
        Assert.False(await fixture.InDatabaseAsync(db => db.UserLogins.AnyAsync(l => l.ProviderKey == person.Subject)));
        Assert.False(await fixture.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == person.Email)));
        Assert.True(await fixture.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Event == AuditEvents.SignInFailed && a.UserId == null && a.Detail!.Contains(person.Subject))));
        Assert.False(await SignedInAsync(browser));
    }

    [Fact]
    public async Task Deactivated_account_is_refused_and_not_linked()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => u.Deactivate(DateTimeOffset.UtcNow));
        fixture.Provider.NextPerson = ProviderPerson.New(user.Email);
        using var browser = new FederatedBrowser(fixture);

        var response = await browser.SignInAtSchoolAsync(FederationFixture.School);

        await AssertNoAccountPageAsync(response);
        Assert.Empty(await LoginsAsync(user.Id));
        Assert.Contains(await AuditAsync(user.Id), a => a.Event == AuditEvents.SignInFailed && a.Detail!.Contains("deactivated"));
        Assert.False(await SignedInAsync(browser));
    }

    [Fact]
    public async Task Linked_account_deactivated_later_is_refused()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Mentor]);
        var person = ProviderPerson.New(user.Email);
        fixture.Provider.NextPerson = person;
        using (var first = new FederatedBrowser(fixture))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await first.SignInAtSchoolAsync(FederationFixture.School)).StatusCode);
        }

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            await scope.ServiceProvider.GetRequiredService<AccountAccess>().DeactivateAsync(stored!, "test", "by administrator", CancellationToken.None);
        }

        using var browser = new FederatedBrowser(fixture);
        await AssertNoAccountPageAsync(await browser.SignInAtSchoolAsync(FederationFixture.School));
        Assert.False(await SignedInAsync(browser));
    }

    [Fact]
    public async Task Provider_that_is_down_gets_a_friendly_page_and_no_error_in_the_log()
    {
        using var browser = new FederatedBrowser(fixture);

        var response = await browser.SignInAtSchoolAsync(FederationFixture.Offline);

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{response.StatusCode}: {html} {response.Headers}");
        Assert.Contains(UnavailableText, html, StringComparison.Ordinal);
        Assert.Contains("Offline school", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/login?returnUrl=", html, StringComparison.Ordinal);
        Assert.True(fixture.Log.Errors.Count == 0, string.Join(Environment.NewLine, fixture.Log.Errors));
        Assert.True(await fixture.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Event == AuditEvents.SignInFailed && a.Detail!.StartsWith("federated:offline: provider unavailable"))));
    }

    [Fact]
    public async Task Provider_that_answers_an_error_gets_the_same_friendly_page()
    {
        fixture.Provider.NextPerson = null;
        using var browser = new FederatedBrowser(fixture);

        var response = await browser.SignInAtSchoolAsync(FederationFixture.School);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains(UnavailableText, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(fixture.Log.Errors.Count == 0, string.Join(Environment.NewLine, fixture.Log.Errors));
        Assert.False(await SignedInAsync(browser));
    }

    [Fact]
    public async Task Second_sign_in_uses_the_link_even_after_the_email_changed_at_the_school()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Care]);
        var person = ProviderPerson.New(user.Email);
        fixture.Provider.NextPerson = person;
        using (var first = new FederatedBrowser(fixture))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await first.SignInAtSchoolAsync(FederationFixture.School)).StatusCode);
        }

        fixture.Provider.NextPerson = person with { Email = $"renamed-{Guid.NewGuid():N}@school.example", EmailVerified = false };
        using var browser = new FederatedBrowser(fixture);
        var tokens = await browser.PortalTokensThroughSchoolAsync(FederationFixture.School);

        Assert.Equal(user.Id.ToString(), tokens.Jwt.Subject);
        Assert.Equal([Roles.Care], tokens.Jwt.Claims.Where(c => c.Type == ClaimNames.Role).Select(c => c.Value));
        Assert.Equal([(FederationFixture.School, person.Subject)], await LoginsAsync(user.Id));
    }

    [Fact]
    public async Task Another_school_identity_cannot_take_over_a_linked_account()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Mentor]);
        fixture.Provider.NextPerson = ProviderPerson.New(user.Email);
        using (var first = new FederatedBrowser(fixture))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await first.SignInAtSchoolAsync(FederationFixture.School)).StatusCode);
        }

        fixture.Provider.NextPerson = ProviderPerson.New(user.Email);
        using var browser = new FederatedBrowser(fixture);

        await AssertNoAccountPageAsync(await browser.SignInAtSchoolAsync(FederationFixture.School));
        Assert.Single(await LoginsAsync(user.Id));
    }

    [Fact]
    public async Task Erasure_removes_the_federation_link()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Student], u => u.StudentId = Guid.NewGuid());
        var person = ProviderPerson.New(user.Email);
        fixture.Provider.NextPerson = person;
        using (var first = new FederatedBrowser(fixture))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await first.SignInAtSchoolAsync(FederationFixture.School)).StatusCode);
        }

        Assert.Single(await LoginsAsync(user.Id));
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            await scope.ServiceProvider.GetRequiredService<AccountAccess>().EraseAsync(stored!, "test", CancellationToken.None);
        }

        Assert.False(await fixture.InDatabaseAsync(db => db.UserLogins.AnyAsync(l => l.ProviderKey == person.Subject)));
        using var browser = new FederatedBrowser(fixture);
        await AssertNoAccountPageAsync(await browser.SignInAtSchoolAsync(FederationFixture.School));
    }

    [Fact]
    public async Task Unknown_provider_name_is_a_404_page()
    {
        using var browser = new FederatedBrowser(fixture);

        var start = await browser.Identity.GetAsync("/account/external/nowhere?returnUrl=%2F");
        var callback = await browser.Identity.GetAsync("/account/external/nowhere/callback?code=x&state=y");

        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, callback.StatusCode);
    }

    [Fact]
    public async Task Forged_callback_without_a_valid_state_does_not_sign_anyone_in()
    {
        using var browser = new FederatedBrowser(fixture);

        var response = await browser.Identity.GetAsync("/account/external/school/callback?code=forged&state=forged");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False(await SignedInAsync(browser));
        Assert.True(fixture.Log.Errors.Count == 0, string.Join(Environment.NewLine, fixture.Log.Errors));
    }

    private static async Task AssertNoAccountPageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(NoAccountText, html, StringComparison.Ordinal);
        Assert.Contains("The school must first create or reactivate your account", html, StringComparison.Ordinal);
        Assert.Contains("Terug naar inloggen / Back to sign-in", html, StringComparison.Ordinal);
    }

    /// <summary>Whether the browser holds Identity's sign-in cookie (the signed-in page names the user).</summary>
    private static async Task<bool> SignedInAsync(FederatedBrowser browser) =>
        (await browser.Identity.GetStringAsync("/account/")).Contains("Ingelogd als", StringComparison.Ordinal);

    private Task<List<(string, string)>> LoginsAsync(Guid userId) => fixture.InDatabaseAsync(async db =>
        (await db.UserLogins.Where(l => l.UserId == userId).ToListAsync()).Select(l => (l.LoginProvider, l.ProviderKey)).ToList());

    private Task<List<AuditEntry>> AuditAsync(Guid userId) =>
        fixture.InDatabaseAsync(db => db.AuditEntries.Where(a => a.UserId == userId).ToListAsync());
}
