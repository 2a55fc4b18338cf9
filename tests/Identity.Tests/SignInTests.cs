using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

public sealed class SignInTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private const string Password = "Test!2026password";
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Correct_password_signs_in_and_is_audited()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => u.StaffId = Guid.NewGuid());

        var response = await _oidc.PostLoginAsync(_oidc.Browser(), user.Email!, Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ph.identity=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(AuditEvents.SignInSucceeded, await AuditOfAsync(user.Id));
    }

    [Fact]
    public async Task Wrong_password_and_unknown_address_read_exactly_the_same()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => u.StaffId = Guid.NewGuid());

        var wrongPassword = await _oidc.PostLoginAsync(_oidc.Browser(), user.Email!, "Wrong!2026password");
        var unknownUser = await _oidc.PostLoginAsync(_oidc.Browser(), "nobody@test.partnershiphub.nl", "Wrong!2026password");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownUser.StatusCode);
        Assert.Equal(ErrorText(await wrongPassword.Content.ReadAsStringAsync()), ErrorText(await unknownUser.Content.ReadAsStringAsync()));
        Assert.Contains(AuditEvents.SignInFailed, await AuditOfAsync(user.Id));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_so_even_the_right_password_fails()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => u.StaffId = Guid.NewGuid());
        var browser = _oidc.Browser();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await _oidc.PostLoginAsync(browser, user.Email!, "Wrong!2026password");
        }

        var response = await _oidc.PostLoginAsync(browser, user.Email!, Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Inloggen is niet gelukt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var lockoutEnd = await fixture.InDatabaseAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockoutEnd > DateTimeOffset.UtcNow);
        Assert.Contains(AuditEvents.LockedOut, await AuditOfAsync(user.Id));
    }

    [Fact]
    public async Task Deactivated_account_cannot_sign_in()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u =>
        {
            u.StaffId = Guid.NewGuid();
            u.Deactivate(DateTimeOffset.UtcNow);
        });

        var response = await _oidc.PostLoginAsync(_oidc.Browser(), user.Email!, Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("ph.identity=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("", "something", "email")]
    [InlineData("someone@test.partnershiphub.nl", "", "password")]
    public async Task Empty_fields_are_a_400_naming_the_field(string email, string password, string field)
    {
        var response = await _oidc.PostLoginAsync(_oidc.Browser(), email, password);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"data-field=\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_without_antiforgery_token_is_a_400_not_a_500()
    {
        var browser = _oidc.Browser();
        await browser.GetAsync("/account/login");

        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "someone@test.partnershiphub.nl",
            ["password"] = Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Form_with_fields_missing_altogether_is_a_400_page_not_a_500()
    {
        var browser = _oidc.Browser();
        var page = await browser.GetAsync("/account/login");

        var response = await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = OidcClient.AntiforgeryToken(await page.Content.ReadAsStringAsync()),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"email\"", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"password\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/invitation", HttpStatusCode.BadRequest)]
    [InlineData("/account/invitation/renew", HttpStatusCode.BadRequest)]
    [InlineData("/account/login/two-factor", HttpStatusCode.Redirect)]
    [InlineData("/account/two-factor", HttpStatusCode.Redirect)]
    public async Task Every_form_posted_empty_is_refused_without_a_500(string url, HttpStatusCode expected)
    {
        var browser = _oidc.Browser();
        var page = await browser.GetAsync("/account/login");

        var response = await browser.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = OidcClient.AntiforgeryToken(await page.Content.ReadAsStringAsync()),
        }));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Return_url_to_another_site_is_ignored()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => u.StaffId = Guid.NewGuid());

        var response = await _oidc.PostLoginAsync(_oidc.Browser(), user.Email!, Password, returnUrl: "//evil.example/steal");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/\t/evil.example/steal")]
    [InlineData("/%09/evil.example/steal")]
    [InlineData("\t//evil.example/steal")]
    [InlineData("/\\evil.example/steal")]
    [InlineData("/\r\n/evil.example/steal")]
    public async Task Return_url_with_control_characters_falls_back_to_the_home_page(string returnUrl)
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => u.StaffId = Guid.NewGuid());

        var response = await _oidc.PostLoginAsync(_oidc.Browser(), user.Email!, Password, returnUrl);

        // Browsers drop a tab inside a URL, so "/<tab>/evil.example" would open evil.example: never a 500, never there.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/account/login", "email=a%00b%40example.nl&password=x")]
    [InlineData("/account/login", "returnUrl=%2Faccount%2F%00")]
    [InlineData("/account/invitation/renew", "token=%00")]
    [InlineData("/connect/token", "grant_type=password&client_id=dev-tokens&username=%00")]
    public async Task A_form_with_a_NUL_character_is_a_400_not_a_500(string url, string form)
    {
        var response = await _oidc.Browser().PostAsync(url, new StringContent(form, System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Sign_in_page_with_a_NUL_in_the_return_url_falls_back_to_the_home_page()
    {
        var response = await _oidc.Browser().GetAsync("/account/login?returnUrl=%2Faccount%2F%00");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"returnUrl\" value=\"/account/\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_page_cannot_be_framed_or_cached()
    {
        var response = await _oidc.Browser().GetAsync("/account/login");

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    private Task<List<string>> AuditOfAsync(Guid userId) =>
        fixture.InDatabaseAsync(db => db.AuditEntries.Where(e => e.UserId == userId).Select(e => e.Event).ToListAsync());

    private static string ErrorText(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "<ul class=\"error\"[^>]*>(.*?)</ul>").Groups[1].Value;
}
