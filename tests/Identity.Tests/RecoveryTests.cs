using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Security;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using Xunit;

namespace PartnershipHub.Identity.Tests;

public sealed partial class RecoveryTests(RecoveryTests.RecoveryFixture fixture) : IClassFixture<RecoveryTests.RecoveryFixture>
{
    private const string OldPassword = "Old!2026password";
    private const string NewPassword = "New!2026password";

    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Sign_in_page_links_to_forgot_password()
    {
        var page = await _oidc.Browser().GetStringAsync("/account/login");

        Assert.Contains("href=\"/account/forgot-password\"", page);
        Assert.Contains("Wachtwoord vergeten? / Forgot your password?", page);
    }

    [Fact]
    public async Task Known_unknown_deactivated_and_passwordless_addresses_get_the_same_answer_and_only_active_accounts_a_link()
    {
        var active = await _oidc.CreateUserAsync(OldPassword, [Roles.Mentor]);
        var deactivated = await _oidc.CreateUserAsync(OldPassword, [Roles.Mentor], u => u.Deactivate(DateTimeOffset.UtcNow));
        var invited = await CreateWithoutPasswordAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@test.partnershiphub.nl";

        var answers = new List<(HttpStatusCode Status, string Body)>();
        foreach (var email in new[] { active.Email!, unknown, deactivated.Email!, invited.Email! })
        {
            var response = await ForgotAsync(email);
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.Contains("Kijk in je mail / Check your mail", answers[0].Body);
        Assert.Equal(1, await ResetCountAsync(active.Id));
        Assert.Equal(0, await ResetCountAsync(deactivated.Id));
        Assert.Equal(1, await ResetCountAsync(invited.Id));
        Assert.NotNull(await fixture.MailToAsync(active.Email!));
    }

    [Fact]
    public async Task Reset_link_sets_a_new_password_once_and_ends_every_session()
    {
        var user = await _oidc.CreateUserAsync(OldPassword, [Roles.Operator]);
        var tokens = await _oidc.SignInWithCodeFlowAsync(user.Email!, OldPassword);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        var stampBefore = await StampAsync(user.Id);
        await LockOutAsync(user.Id);

        await ForgotAsync(user.Email!);
        var mail = await fixture.MailToAsync(user.Email!);
        Assert.Equal("Kies een nieuw wachtwoord voor PartnershipHub", mail.Subject);
        Assert.Contains("reset-password?token=", mail.HtmlBody);
        Assert.StartsWith(IdentityFixture.PublicUrl + "account/reset-password?token=", ResetLink(mail), StringComparison.Ordinal);
        var token = ResetToken(mail);

        var browser = _oidc.Browser();
        var form = await browser.GetAsync($"/account/reset-password?token={Uri.EscapeDataString(token)}");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var done = await PostResetAsync(browser, token, NewPassword, NewPassword);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("Wachtwoord gewijzigd / Password changed", await done.Content.ReadAsStringAsync());

        // Single use: the same link again is refused, as a page and as a post.
        Assert.Contains("Link al gebruikt", await browser.GetStringAsync($"/account/reset-password?token={Uri.EscapeDataString(token)}"));
        Assert.Equal(HttpStatusCode.Conflict, (await PostResetAsync(browser, token, "Other!2026password", "Other!2026password")).StatusCode);

        // Every session is over, the old password is dead, the lockout is gone and the new password works.
        Assert.Equal("invalid_grant", (await _oidc.RefreshAsync(tokens.RefreshToken!)).Error);
        Assert.NotEqual(stampBefore, await StampAsync(user.Id));
        var (lockoutEnd, failures) = await fixture.InDatabaseAsync(async db =>
            await db.Users.Where(u => u.Id == user.Id).Select(u => new Tuple<DateTimeOffset?, int>(u.LockoutEnd, u.AccessFailedCount)).SingleAsync());
        Assert.Null(lockoutEnd);
        Assert.Equal(0, failures);
        Assert.Equal(HttpStatusCode.OK, (await _oidc.PostLoginAsync(_oidc.Browser(), user.Email!, OldPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _oidc.SignInWithCodeFlowAsync(user.Email!, NewPassword)).Status);
        Assert.True(await fixture.InDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.UserId == user.Id && a.Event == AuditEvents.PasswordResetCompleted)));
    }

    [Fact]
    public async Task A_newer_link_replaces_the_older_one()
    {
        var user = await _oidc.CreateUserAsync(OldPassword, [Roles.Teacher]);
        await ForgotAsync(user.Email!);
        var older = ResetToken(await fixture.MailToAsync(user.Email!));
        await ForgotAsync(user.Email!);
        var newer = ResetToken(await fixture.MailToAsync(user.Email!, nth: 2));

        var browser = _oidc.Browser();
        Assert.Contains("Link verlopen / Link expired", await browser.GetStringAsync($"/account/reset-password?token={Uri.EscapeDataString(older)}"));
        Assert.Equal(HttpStatusCode.Conflict, (await PostResetAsync(browser, older, NewPassword, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostResetAsync(browser, newer, NewPassword, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task The_new_password_follows_the_invitation_pages_rules_and_a_refused_one_leaves_the_link_usable()
    {
        var user = await _oidc.CreateUserAsync(OldPassword, [Roles.Care]);
        await ForgotAsync(user.Email!);
        var token = ResetToken(await fixture.MailToAsync(user.Email!));
        var browser = _oidc.Browser();

        var weak = await PostResetAsync(browser, token, "short", "short");
        var mismatch = await PostResetAsync(browser, token, NewPassword, NewPassword + "x");
        var unknown = await PostResetAsync(browser, "not-a-real-token", NewPassword, NewPassword);

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("data-field=\"password\"", await weak.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("De wachtwoorden zijn niet gelijk.", await mismatch.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostResetAsync(browser, token, NewPassword, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Mail_is_in_the_accounts_language()
    {
        var user = await _oidc.CreateUserAsync(OldPassword, [Roles.Trainer], u => u.Language = Languages.English);

        await ForgotAsync(user.Email!);

        var mail = await fixture.MailToAsync(user.Email!);
        Assert.Equal("Choose a new password for PartnershipHub", mail.Subject);
        Assert.Contains("valid for one hour", mail.TextBody);
        Assert.Contains("Choose a new password</a>", mail.HtmlBody);
    }

    [Fact]
    public async Task An_invited_account_that_never_chose_a_password_sets_one_through_the_reset_link()
    {
        var user = await CreateWithoutPasswordAsync();
        var invitationId = await fixture.InDatabaseAsync(async db =>
        {
            var (invitation, _) = Invitation.Issue(user.Id, DateTimeOffset.UtcNow);
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync();
            return invitation.Id;
        });

        await ForgotAsync(user.Email!);
        var token = ResetToken(await fixture.MailToAsync(user.Email!));
        Assert.Equal(HttpStatusCode.OK, (await PostResetAsync(_oidc.Browser(), token, NewPassword, NewPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await _oidc.SignInWithCodeFlowAsync(user.Email!, NewPassword)).Status);
        var state = await fixture.InDatabaseAsync(async db => (await db.Invitations.SingleAsync(i => i.Id == invitationId)).StateAt(DateTimeOffset.UtcNow));
        Assert.Equal(InvitationState.Used, state);
    }

    [Fact]
    public async Task An_account_gets_at_most_three_reset_mails_an_hour_and_the_answer_stays_the_same()
    {
        var user = await _oidc.CreateUserAsync(OldPassword, [Roles.Mentor]);

        var bodies = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var response = await ForgotAsync(user.Email!);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Single(bodies.Distinct());
        Assert.Equal(3, await ResetCountAsync(user.Id));
        Assert.True(await fixture.InDatabaseAsync(db =>
            db.AuditEntries.AnyAsync(a => a.UserId == user.Id && a.Event == AuditEvents.PasswordResetRequested && a.Detail == "mail limit reached, nothing sent")));
    }

    [Fact]
    public async Task Too_many_requests_for_one_address_get_the_dutch_429_page_whether_or_not_it_exists()
    {
        var unknown = $"Nobody-{Guid.NewGuid():N}@test.partnershiphub.nl";
        for (var i = 0; i < RecoveryFixture.AccountAttempts; i++)
        {
            // Case and spaces do not make another account.
            Assert.Equal(HttpStatusCode.OK, (await ForgotAsync(i % 2 == 0 ? unknown : $"  {unknown.ToLowerInvariant()} ")).StatusCode);
        }

        var refused = await ForgotAsync(unknown.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Probeer het over", await refused.Content.ReadAsStringAsync());
        // Another address from the same client is not held up.
        Assert.Equal(HttpStatusCode.OK, (await ForgotAsync($"other-{Guid.NewGuid():N}@test.partnershiphub.nl")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field()
    {
        var browser = _oidc.Browser();
        var page = await browser.GetStringAsync("/account/forgot-password");

        var response = await browser.PostAsync("/account/forgot-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = OidcClient.AntiforgeryToken(page),
            ["email"] = "not an address",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-field=\"email\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Erasing_the_account_removes_its_reset_links()
    {
        var user = await _oidc.CreateUserAsync(OldPassword, [Roles.Student]);
        await ForgotAsync(user.Email!);
        Assert.Equal(1, await ResetCountAsync(user.Id));

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var access = scope.ServiceProvider.GetRequiredService<AccountAccess>();
            await access.EraseAsync((await users.FindByIdAsync(user.Id.ToString()))!, "test", CancellationToken.None);
        }

        Assert.Equal(0, await ResetCountAsync(user.Id));
    }

    [Fact]
    public async Task Recovery_in_normal_use_logs_no_error()
    {
        var log = PartnershipHub.Testing.CapturedLog.AttachTo(fixture.Factory.Services);
        var user = await _oidc.CreateUserAsync(OldPassword, [Roles.Coordinator]);

        await ForgotAsync($"nobody-{Guid.NewGuid():N}@test.partnershiphub.nl");
        await ForgotAsync(user.Email!);
        var token = ResetToken(await fixture.MailToAsync(user.Email!));
        var browser = _oidc.Browser();
        Assert.Equal(HttpStatusCode.BadRequest, (await PostResetAsync(browser, token, "weak", "weak")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostResetAsync(browser, token, NewPassword, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await PostResetAsync(browser, token, NewPassword, NewPassword)).StatusCode);

        Assert.Empty(log.Errors);
    }

    private async Task<HttpResponseMessage> ForgotAsync(string email)
    {
        var browser = _oidc.Browser();
        var page = await browser.GetStringAsync("/account/forgot-password");
        return await browser.PostAsync("/account/forgot-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = OidcClient.AntiforgeryToken(page),
            ["email"] = email,
        }));
    }

    private static async Task<HttpResponseMessage> PostResetAsync(HttpClient browser, string token, string password, string confirm)
    {
        var page = await browser.GetStringAsync("/account/forgot-password");
        return await browser.PostAsync("/account/reset-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = OidcClient.AntiforgeryToken(page),
            ["token"] = token,
            ["password"] = password,
            ["confirmPassword"] = confirm,
        }));
    }

    private async Task<ApplicationUser> CreateWithoutPasswordAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = ApplicationUser.Create($"invited-{Guid.NewGuid():N}@test.partnershiphub.nl", "Invited Trainer", DateTimeOffset.UtcNow);
        Assert.True((await users.CreateAsync(user)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Trainer)).Succeeded);
        return user;
    }

    private Task<int> ResetCountAsync(Guid userId) => fixture.InDatabaseAsync(db => db.PasswordResets.CountAsync(r => r.UserId == userId));

    private Task<string?> StampAsync(Guid userId) => fixture.InDatabaseAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());

    private Task LockOutAsync(Guid userId) => fixture.InDatabaseAsync(db =>
        db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(15))
            .SetProperty(u => u.AccessFailedCount, 5)));

    private static string ResetLink(MimeKit.MimeMessage mail) =>
        ResetLinkPattern().Match(mail.TextBody ?? "") is { Success: true } match ? match.Value : throw new InvalidOperationException("No reset link in the mail.");

    private static string ResetToken(MimeKit.MimeMessage mail) => Uri.UnescapeDataString(ResetLinkPattern().Match(ResetLink(mail)).Groups["token"].Value);

    [GeneratedRegex(@"https?://\S+/account/reset-password\?token=(?<token>[A-Za-z0-9_\-%]+)")]
    private static partial Regex ResetLinkPattern();

    public sealed class RecoveryFixture : BusFixture
    {
        public const int AccountAttempts = 5;

        protected override void Configure(Dictionary<string, string?> settings)
        {
            base.Configure(settings);
            settings["RateLimiting:Account:PermitLimit"] = AccountAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["RateLimiting:Account:Window"] = "01:00:00";
            settings["Recovery:MailsPerHour"] = "3";
        }
    }
}
