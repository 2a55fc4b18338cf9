using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Security;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Identity.Tests;

/// <summary>Trainers sign in with a code or link sent by e-mail: the whole flow, and every way it must refuse.</summary>
public sealed partial class PasswordlessTests(BusFixture fixture) : IClassFixture<BusFixture>
{
    private const string Password = "Test!2026password";
    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Trainer_signs_in_with_a_mailed_code_and_the_portal_gets_a_token()
    {
        var trainer = await TrainerAsync();
        var browser = _oidc.Browser();
        var portal = new PortalAuthorization(_oidc, browser);
        var returnUrl = await portal.StartAsync();

        var loginPage = await (await browser.GetAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}")).Content.ReadAsStringAsync();
        Assert.Contains($"/account/login/code?returnUrl={Uri.EscapeDataString(returnUrl)}", WebUtility.HtmlDecode(loginPage), StringComparison.Ordinal);

        var codePage = await RequestCodeAsync(browser, trainer.Email!, returnUrl);
        Assert.Equal(HttpStatusCode.OK, codePage.StatusCode);
        var codeHtml = await codePage.Content.ReadAsStringAsync();
        Assert.Contains("autocomplete=\"one-time-code\"", codeHtml, StringComparison.Ordinal);
        Assert.Contains("inputmode=\"numeric\"", codeHtml, StringComparison.Ordinal);

        var mail = await fixture.MailToAsync(trainer.Email!);
        Assert.StartsWith("Je inlogcode", mail.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("sign-in code", mail.TextBody, StringComparison.OrdinalIgnoreCase);
        var signedIn = await EnterCodeAsync(browser, codeHtml, trainer.Email!, Code(mail), returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(returnUrl, signedIn.Headers.Location!.OriginalString);

        var tokens = await portal.FinishAsync(signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal(trainer.Id.ToString(), tokens.Jwt.Subject);
        Assert.Contains(tokens.Jwt.Claims, c => c.Type == ClaimNames.Role && c.Value == Roles.Trainer);
        Assert.True(await AuditedAsync(trainer.Id, AuditEvents.SignInSucceeded, "e-mail code"));
        // Only hashes are kept: neither the code nor the link's token is in the row.
        var stored = await fixture.InDatabaseAsync(db => db.SignInCodes.SingleAsync(c => c.UserId == trainer.Id));
        Assert.DoesNotContain(Code(mail), stored.CodeHash + stored.LinkTokenHash, StringComparison.Ordinal);
        Assert.Equal(SignInCode.HashCode(stored.Id, Code(mail)), stored.CodeHash);
    }

    [Fact]
    public async Task The_mail_is_in_the_trainers_own_language()
    {
        var trainer = await TrainerAsync(u => u.Language = Languages.English);
        await RequestCodeAsync(_oidc.Browser(), trainer.Email!);

        var mail = await fixture.MailToAsync(trainer.Email!);
        Assert.StartsWith("Your PartnershipHub sign-in code", mail.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("inlogcode", mail.TextBody + mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Code(mail), mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Following_the_link_shows_a_button_and_only_pressing_it_signs_in()
    {
        var trainer = await TrainerAsync();
        await RequestCodeAsync(_oidc.Browser(), trainer.Email!, "/account/");
        var link = Link(await fixture.MailToAsync(trainer.Email!));
        Assert.StartsWith($"{IdentityFixture.PublicUrl}account/login/link?token=", link, StringComparison.Ordinal);

        var browser = _oidc.Browser();
        var path = new Uri(link).PathAndQuery;
        // A mail scanner's GET, twice: it neither signs in nor uses the link up.
        var scanned = await browser.GetAsync(path);
        await _oidc.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, scanned.StatusCode);
        var page = await scanned.Content.ReadAsStringAsync();
        Assert.Contains("action=\"/account/login/link\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Signed in as", await (await browser.GetAsync("/account/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var pressed = await PostFormAsync(browser, "/account/login/link", page, new() { ["token"] = Token(link), ["returnUrl"] = "/account/" });
        Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
        Assert.Contains("Signed in as", await (await browser.GetAsync("/account/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await AuditedAsync(trainer.Id, AuditEvents.SignInSucceeded, "e-mail link"));

        // Used once: the same link again, from another browser, does not sign in.
        var other = _oidc.Browser();
        var again = await PostFormAsync(other, "/account/login/link", await (await other.GetAsync(path)).Content.ReadAsStringAsync(), new() { ["token"] = Token(link) });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("data-field=\"token\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_used_code_cannot_be_replayed_and_its_link_dies_with_it()
    {
        var trainer = await TrainerAsync();
        var browser = _oidc.Browser();
        var codeHtml = await (await RequestCodeAsync(browser, trainer.Email!)).Content.ReadAsStringAsync();
        var mail = await fixture.MailToAsync(trainer.Email!);
        Assert.Equal(HttpStatusCode.Redirect, (await EnterCodeAsync(browser, codeHtml, trainer.Email!, Code(mail))).StatusCode);

        var replay = _oidc.Browser();
        var replayed = await EnterCodeAsync(replay, await CodePageAsync(replay, trainer.Email!), trainer.Email!, Code(mail));
        AssertNeutralFailure(replayed);

        var linkBrowser = _oidc.Browser();
        var linkPage = await (await linkBrowser.GetAsync(new Uri(Link(mail)).PathAndQuery)).Content.ReadAsStringAsync();
        var viaLink = await PostFormAsync(linkBrowser, "/account/login/link", linkPage, new() { ["token"] = Token(Link(mail)) });
        Assert.Equal(HttpStatusCode.OK, viaLink.StatusCode);
        Assert.True(await AuditedAsync(trainer.Id, AuditEvents.SignInFailed, "e-mail link"));
    }

    [Fact]
    public async Task Five_wrong_codes_kill_the_code_even_for_the_right_one_after()
    {
        var trainer = await TrainerAsync();
        var browser = _oidc.Browser();
        var codeHtml = await (await RequestCodeAsync(browser, trainer.Email!)).Content.ReadAsStringAsync();
        var right = Code(await fixture.MailToAsync(trainer.Email!));
        var wrong = right == "000000" ? "111111" : "000000";

        for (var attempt = 0; attempt < SignInCode.MaxWrongAttempts; attempt++)
        {
            AssertNeutralFailure(await EnterCodeAsync(browser, codeHtml, trainer.Email!, wrong));
        }

        AssertNeutralFailure(await EnterCodeAsync(browser, codeHtml, trainer.Email!, right));
        Assert.Equal(SignInCode.MaxWrongAttempts, await fixture.InDatabaseAsync(db => db.SignInCodes.Where(c => c.UserId == trainer.Id).Select(c => c.WrongAttempts).SingleAsync()));
    }

    [Fact]
    public async Task An_expired_or_replaced_code_answers_the_same_neutral_error()
    {
        var trainer = await TrainerAsync();
        var browser = _oidc.Browser();
        var codeHtml = await (await RequestCodeAsync(browser, trainer.Email!)).Content.ReadAsStringAsync();
        var first = Code(await fixture.MailToAsync(trainer.Email!));
        await fixture.InDatabaseAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE sign_in_codes SET expires_at = now() - interval '1 second' WHERE user_id = {trainer.Id}"));
        var expired = await EnterCodeAsync(browser, codeHtml, trainer.Email!, first);
        AssertNeutralFailure(expired);

        // A second request replaces the first: the first code stays dead, the second one works.
        await RequestCodeAsync(browser, trainer.Email!);
        var second = Code(await fixture.MailToAsync(trainer.Email!, nth: 2));
        await RequestCodeAsync(browser, trainer.Email!);
        var third = Code(await fixture.MailToAsync(trainer.Email!, nth: 3));

        var replaced = await EnterCodeAsync(browser, codeHtml, trainer.Email!, second);
        AssertNeutralFailure(replaced);
        Assert.Equal(await BodyWithoutTokensAsync(expired), await BodyWithoutTokensAsync(replaced));

        Assert.Equal(HttpStatusCode.Redirect, (await EnterCodeAsync(browser, codeHtml, trainer.Email!, third)).StatusCode);
    }

    [Fact]
    public async Task At_most_five_codes_an_hour_per_account_then_the_same_answer_and_no_mail()
    {
        var trainer = await TrainerAsync();
        var answers = new List<string>();
        for (var request = 0; request <= SignInCode.MaxIssuesPerWindow; request++)
        {
            // Each from a fresh browser: the limit belongs to the account, not to a client.
            var response = await RequestCodeAsync(_oidc.Browser(), trainer.Email!);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(await BodyWithoutTokensAsync(response));
        }

        Assert.Single(answers.Distinct());
        await fixture.MailToAsync(trainer.Email!, nth: SignInCode.MaxIssuesPerWindow);
        Assert.Equal(SignInCode.MaxIssuesPerWindow, await fixture.InDatabaseAsync(db => db.SignInCodes.CountAsync(c => c.UserId == trainer.Id)));
        Assert.Equal(0, await QueuedMailsToAsync(trainer.Email!));
        Assert.Equal(SignInCode.MaxIssuesPerWindow, MailFilesTo(trainer.Email!));
        Assert.True(await AuditedAsync(trainer.Id, AuditEvents.SignInCodeRefused, "codes in an hour"));
    }

    [Fact]
    public async Task Unknown_and_non_trainer_addresses_get_the_identical_page_and_no_mail()
    {
        var trainer = await TrainerAsync();
        var mentor = await _oidc.CreateUserAsync(Password, [Roles.Mentor], u => u.StaffId = Guid.NewGuid());
        var student = await _oidc.CreateUserAsync(Password, [Roles.Student], u => u.StudentId = Guid.NewGuid());
        var unknown = $"nobody-{Guid.NewGuid():N}@test.partnershiphub.nl";

        // The e-mail address is echoed in a hidden field; put the same one in every page before comparing.
        async Task<string> PageFor(string email) =>
            (await BodyWithoutTokensAsync(await RequestCodeAsync(_oidc.Browser(), email))).Replace(email, "ADDRESS", StringComparison.Ordinal);

        var forTrainer = await PageFor(trainer.Email!);
        Assert.Equal(forTrainer, await PageFor(unknown));
        Assert.Equal(forTrainer, await PageFor(mentor.Email!));
        Assert.Equal(forTrainer, await PageFor(student.Email!));

        await fixture.MailToAsync(trainer.Email!);
        foreach (var address in new[] { unknown, mentor.Email!, student.Email! })
        {
            Assert.Equal(0, await QueuedMailsToAsync(address));
            Assert.Equal(0, MailFilesTo(address));
        }

        Assert.True(await AuditedAsync(mentor.Id, AuditEvents.SignInCodeRefused, "not a trainer account"));
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.SignInCodes.CountAsync(c => c.UserId == mentor.Id || c.UserId == student.Id)));
    }

    [Fact]
    public async Task A_deactivated_trainer_gets_no_code_and_an_open_code_stops_working()
    {
        var trainer = await TrainerAsync();
        var browser = _oidc.Browser();
        var codeHtml = await (await RequestCodeAsync(browser, trainer.Email!)).Content.ReadAsStringAsync();
        var code = Code(await fixture.MailToAsync(trainer.Email!));

        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByIdAsync(trainer.Id.ToString()))!;
            await scope.ServiceProvider.GetRequiredService<AccountAccess>().DeactivateAsync(user, "test", "by administrator", CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<PartnershipHub.Identity.Infrastructure.IdentityDbContext>().SaveChangesAsync();
        }

        AssertNeutralFailure(await EnterCodeAsync(browser, codeHtml, trainer.Email!, code));
        Assert.True(await AuditedAsync(trainer.Id, AuditEvents.SignInFailed, "account may not use it"));

        Assert.Equal(HttpStatusCode.OK, (await RequestCodeAsync(_oidc.Browser(), trainer.Email!)).StatusCode);
        Assert.True(await AuditedAsync(trainer.Id, AuditEvents.SignInCodeRefused, "deactivated account"));
        Assert.Equal(1, MailFilesTo(trainer.Email!));
        Assert.Equal(0, await QueuedMailsToAsync(trainer.Email!));
    }

    [Fact]
    public async Task Passwords_keep_working_for_a_trainer_who_also_uses_codes()
    {
        var trainer = await TrainerAsync();
        await RequestCodeAsync(_oidc.Browser(), trainer.Email!);
        await fixture.MailToAsync(trainer.Email!);

        var tokens = await _oidc.SignInWithCodeFlowAsync(trainer.Email!, Password, "openid roles identity");
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_the_field()
    {
        var browser = _oidc.Browser();
        var requestPage = await (await browser.GetAsync("/account/login/code")).Content.ReadAsStringAsync();
        var noEmail = await PostFormAsync(browser, "/account/login/code", requestPage, new() { ["email"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noEmail.StatusCode);
        Assert.Contains("data-field=\"email\"", await noEmail.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var codeHtml = await CodePageAsync(browser, "someone@test.partnershiphub.nl");
        var letters = await EnterCodeAsync(browser, codeHtml, "someone@test.partnershiphub.nl", "12ab56");
        Assert.Equal(HttpStatusCode.BadRequest, letters.StatusCode);
        Assert.Contains("data-field=\"code\"", await letters.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var noToken = await PostFormAsync(browser, "/account/login/link", codeHtml, []);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Contains("data-field=\"token\"", await noToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var withoutAntiforgery = await _oidc.Browser().PostAsync("/account/login/code", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "a@b.nl" }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutAntiforgery.StatusCode);
    }

    [Fact]
    public async Task Refused_codes_and_links_log_no_errors()
    {
        var log = CapturedLog.AttachTo(fixture.Factory.Services);
        var trainer = await TrainerAsync();
        var browser = _oidc.Browser();
        var codeHtml = await (await RequestCodeAsync(browser, trainer.Email!)).Content.ReadAsStringAsync();
        await RequestCodeAsync(_oidc.Browser(), $"nobody-{Guid.NewGuid():N}@test.partnershiphub.nl");
        await EnterCodeAsync(browser, codeHtml, trainer.Email!, "999999x");
        await EnterCodeAsync(browser, codeHtml, "nobody@test.partnershiphub.nl", "123456");
        await PostFormAsync(browser, "/account/login/link", codeHtml, new() { ["token"] = "not-a-token" });
        await fixture.MailToAsync(trainer.Email!);

        Assert.Empty(log.Errors);
    }

    private Task<ApplicationUser> TrainerAsync(Action<ApplicationUser>? shape = null) =>
        _oidc.CreateUserAsync(Password, [Roles.Trainer], shape);

    private static async Task<HttpResponseMessage> RequestCodeAsync(HttpClient browser, string email, string returnUrl = "/account/")
    {
        var page = await (await browser.GetAsync($"/account/login/code?returnUrl={Uri.EscapeDataString(returnUrl)}")).Content.ReadAsStringAsync();
        return await PostFormAsync(browser, "/account/login/code", page, new() { ["email"] = email, ["returnUrl"] = returnUrl });
    }

    /// <summary>The code page as the unknown-address answer shows it (no mail is sent for this address).</summary>
    private static async Task<string> CodePageAsync(HttpClient browser, string email) =>
        await (await RequestCodeAsync(browser, email)).Content.ReadAsStringAsync();

    private static Task<HttpResponseMessage> EnterCodeAsync(HttpClient browser, string codePage, string email, string code, string returnUrl = "/account/") =>
        PostFormAsync(browser, "/account/login/code/verify", codePage, new() { ["email"] = email, ["code"] = code, ["returnUrl"] = returnUrl });

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, string page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = OidcClient.AntiforgeryToken(page);
        return browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static void AssertNeutralFailure(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        Assert.Contains("De code klopt niet, is verlopen of is al gebruikt.", body, StringComparison.Ordinal);
    }

    private static async Task<string> BodyWithoutTokensAsync(HttpResponseMessage response) =>
        AntiforgeryValue().Replace(await response.Content.ReadAsStringAsync(), "TOKEN");

    private Task<bool> AuditedAsync(Guid userId, string auditEvent, string detail) =>
        fixture.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == userId && e.Event == auditEvent && e.Detail!.Contains(detail)));

    private Task<int> QueuedMailsToAsync(string address) =>
        fixture.InDatabaseAsync(db => db.QueuedMails.CountAsync(m => m.ToAddress == address));

    private int MailFilesTo(string address) => !Directory.Exists(fixture.MailDirectory)
        ? 0
        : Directory.GetFiles(fixture.MailDirectory, "*.eml").Count(file => File.ReadAllText(file).Contains(address, StringComparison.Ordinal));

    private static string Code(MimeKit.MimeMessage mail) => CodePattern().Match(mail.TextBody ?? "").Groups["code"].Value is { Length: 6 } code
        ? code
        : throw new InvalidOperationException("No code in the mail.");

    private static string Link(MimeKit.MimeMessage mail) => LinkPattern().Match(mail.TextBody ?? "").Value is { Length: > 0 } link
        ? link
        : throw new InvalidOperationException("No link in the mail.");

    private static string Token(string link) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query)["token"].ToString();

    [GeneratedRegex(@"(inlogcode is|sign-in code is) (?<code>\d{6})")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"https://\S+/account/login/link\?\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"[^\"]+\"")]
    private static partial Regex AntiforgeryValue();
}
