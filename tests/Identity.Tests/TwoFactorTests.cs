using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

public sealed partial class TwoFactorTests(IdentityFixture fixture) : IClassFixture<IdentityFixture>
{
    private const string Password = "Test!2026password";
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Staff_member_enrols_an_authenticator_and_is_asked_for_a_code_from_then_on()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => u.StaffId = Guid.NewGuid());
        var browser = _oidc.Browser();
        await _oidc.PostLoginAsync(browser, user.Email!, Password);

        var enrolment = await (await browser.GetAsync("/account/two-factor")).Content.ReadAsStringAsync();
        var key = KeyPattern().Match(enrolment).Groups["key"].Value;
        var enabled = await PostAsync(browser, "/account/two-factor", enrolment, Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.True(await fixture.InDatabaseAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));

        var fresh = _oidc.Browser();
        var afterPassword = await _oidc.PostLoginAsync(fresh, user.Email!, Password, "/account/");
        Assert.Equal(HttpStatusCode.Redirect, afterPassword.StatusCode);
        Assert.StartsWith("/account/login/two-factor", afterPassword.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var codePage = await (await fresh.GetAsync(afterPassword.Headers.Location)).Content.ReadAsStringAsync();

        var signedIn = await PostAsync(fresh, "/account/login/two-factor", codePage, Totp.Code(key, DateTimeOffset.UtcNow), "/account/");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/account/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Wrong_or_malformed_code_does_not_sign_in()
    {
        var (user, key) = await StaffWithAuthenticatorAsync();
        var browser = _oidc.Browser();
        var afterPassword = await _oidc.PostLoginAsync(browser, user.Email!, Password);
        var codePage = await (await browser.GetAsync(afterPassword.Headers.Location)).Content.ReadAsStringAsync();

        var malformed = await PostAsync(browser, "/account/login/two-factor", codePage, "12ab");
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var malformedBody = await malformed.Content.ReadAsStringAsync();
        Assert.True(malformedBody.Contains("data-field=\"code\"", StringComparison.Ordinal), malformedBody);

        var wrong = await PostAsync(browser, "/account/login/two-factor", codePage, WrongCode(key));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/account/two-factor")).StatusCode);
    }

    [Fact]
    public async Task Code_page_without_a_password_first_goes_back_to_sign_in()
    {
        var response = await _oidc.Browser().GetAsync("/account/login/two-factor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Trainer_cannot_enrol_a_second_factor()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Trainer], u => u.LinkTrainer(Guid.NewGuid(), Guid.NewGuid(), 1));
        var browser = _oidc.Browser();
        await _oidc.PostLoginAsync(browser, user.Email!, Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/account/two-factor")).StatusCode);
    }

    private async Task<(ApplicationUser User, string Key)> StaffWithAuthenticatorAsync()
    {
        var user = await _oidc.CreateUserAsync(Password, [Roles.Teacher], u => u.StaffId = Guid.NewGuid());
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var stored = (await users.FindByIdAsync(user.Id.ToString()))!;
        await users.ResetAuthenticatorKeyAsync(stored);
        await users.SetTwoFactorEnabledAsync(stored, true);
        return (stored, (await users.GetAuthenticatorKeyAsync(stored))!);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string url, string page, string code, string? returnUrl = null)
    {
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = OidcClient.AntiforgeryToken(page),
            ["code"] = code,
        };
        if (returnUrl is not null)
        {
            form["returnUrl"] = returnUrl;
        }

        return await browser.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>A code valid in no nearby time step (authenticators accept a little clock drift).</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !valid.Contains(c));
    }

    [GeneratedRegex("data-key=\"(?<key>[A-Z2-7]+)\"")]
    private static partial Regex KeyPattern();
}
