using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Security;
using PartnershipHub.Identity.Tests.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;
using Xunit;
using IdentityDb = PartnershipHub.Identity.Infrastructure.IdentityDbContext;

namespace PartnershipHub.Identity.Tests;

/// <summary>
/// Passkeys through the real endpoints, with a software authenticator standing in for the phone: registration by a
/// signed-in trainer, usernameless sign-in ending in the portal's token, and every refusal WebAuthn asks for.
/// </summary>
public sealed class PasskeyTests(BusFixture fixture) : IClassFixture<BusFixture>
{
    private const string Password = "Test!2026password";

    /// <summary>The page origin a browser at the configured public address reports (the relying party is its host).</summary>
    private static readonly string Origin = IdentityFixture.PublicUrl.GetLeftPart(UriPartial.Authority);

    private readonly OidcClient _oidc = fixture.Oidc();

    [Fact]
    public async Task Trainer_adds_a_passkey_and_signs_in_with_it_through_the_portal_flow()
    {
        var (browser, trainer) = await SignedInAsync(Roles.Trainer);
        using var phone = new SoftwareAuthenticator();

        var added = await RegisterAsync(browser, phone, name: "Werktelefoon");
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Contains("Werktelefoon", await (await browser.GetAsync("/account/passkeys")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(trainer.Id.ToByteArray(), phone.UserHandle);

        var fresh = _oidc.Browser();
        var portal = new PortalAuthorization(_oidc, fresh);
        var returnUrl = await portal.StartAsync();
        var loginPage = await (await fresh.GetAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"passkey-sign-in\"", loginPage, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/account/passkeys.js\"></script>", loginPage, StringComparison.Ordinal);

        phone.SignCount = 1;
        var signedIn = await SignInAsync(fresh, phone, returnUrl);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var redirect = (await signedIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("redirect").GetString()!;
        Assert.Equal(returnUrl, redirect);

        var tokens = await portal.FinishAsync(redirect);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        Assert.Equal(trainer.Id.ToString(), tokens.Jwt.Subject);
        var stored = await fixture.InDatabaseAsync(db => db.PasskeyCredentials.SingleAsync(p => p.UserId == trainer.Id));
        Assert.Equal(1, stored.SignCount);
        Assert.NotNull(stored.LastUsedAt);
        Assert.True(await AuditedAsync(trainer.Id, AuditEvents.SignInSucceeded, "passkey"));
        Assert.True(await AuditedAsync(trainer.Id, AuditEvents.PasskeyAdded, "Werktelefoon"));
    }

    [Fact]
    public async Task The_script_is_served_from_this_origin_and_the_pages_allow_only_that()
    {
        var browser = _oidc.Browser();
        var script = await browser.GetAsync("/account/passkeys.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Contains("navigator.credentials.get", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var login = await browser.GetAsync("/account/login");
        var policy = login.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_origin_is_refused_for_registration_and_for_sign_in()
    {
        var (browser, trainer) = await SignedInAsync(Roles.Trainer);
        using var phone = new SoftwareAuthenticator();

        var wrongRegistration = await RegisterAsync(browser, phone, origin: "https://evil.example");
        Assert.Equal(HttpStatusCode.BadRequest, wrongRegistration.StatusCode);
        Assert.Contains("\"credential\"", await wrongRegistration.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await PasskeysOfAsync(trainer.Id));

        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(browser, phone)).StatusCode);
        var other = _oidc.Browser();
        var wrongSignIn = await SignInAsync(other, phone, origin: "https://evil.example");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSignIn.StatusCode);
        Assert.DoesNotContain("Signed in as", await (await other.GetAsync("/account/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replayed_assertion_or_a_sign_count_that_does_not_grow_is_refused_and_audited()
    {
        var (browser, trainer) = await SignedInAsync(Roles.Trainer);
        using var phone = new SoftwareAuthenticator();
        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(browser, phone)).StatusCode);

        var signer = _oidc.Browser();
        var token = await AntiforgeryAsync(signer, "/account/login");
        var options = await (await PostJsonAsync(signer, "/account/login/passkey/options", token, new JsonObject())).Content.ReadAsStringAsync();
        phone.SignCount = 5;
        var body = new JsonObject { ["returnUrl"] = "/account/", ["credential"] = phone.Get(options, Origin) };
        Assert.Equal(HttpStatusCode.OK, (await PostJsonAsync(signer, "/account/login/passkey", token, body.DeepClone())).StatusCode);

        // The very same answer again: its challenge was used up.
        var replayer = _oidc.Browser();
        var replayToken = await AntiforgeryAsync(replayer, "/account/login");
        await PostJsonAsync(replayer, "/account/login/passkey/options", replayToken, new JsonObject());
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostJsonAsync(replayer, "/account/login/passkey", replayToken, body.DeepClone())).StatusCode);

        // A fresh challenge, but a counter that stayed or went back: a copied key.
        foreach (var count in new uint[] { 5, 3 })
        {
            phone.SignCount = count;
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(_oidc.Browser(), phone)).StatusCode);
        }

        Assert.True(await AuditedAsync(trainer.Id, AuditEvents.PasskeySignCountRegressed, ""));
        Assert.Equal(5, await fixture.InDatabaseAsync(db => db.PasskeyCredentials.Where(p => p.UserId == trainer.Id).Select(p => p.SignCount).SingleAsync()));

        phone.SignCount = 6;
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(_oidc.Browser(), phone)).StatusCode);
    }

    [Fact]
    public async Task A_credential_of_another_user_is_refused()
    {
        var (aliceBrowser, _) = await SignedInAsync(Roles.Trainer);
        var (bobBrowser, bob) = await SignedInAsync(Roles.Trainer);
        using var alicePhone = new SoftwareAuthenticator();
        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(aliceBrowser, alicePhone)).StatusCode);

        // Alice's passkey answering as Bob (his user handle): the handle must name the passkey's own account.
        alicePhone.SignCount = 1;
        var asBob = await SignInAsync(_oidc.Browser(), alicePhone, userHandle: bob.Id.ToByteArray());
        Assert.Equal(HttpStatusCode.Unauthorized, asBob.StatusCode);

        // Bob registering a key with Alice's credential id: a credential belongs to one account.
        using var copied = new SoftwareAuthenticator(alicePhone.CredentialId);
        var taken = await RegisterAsync(bobBrowser, copied);
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Equal(0, await PasskeysOfAsync(bob.Id));
    }

    [Fact]
    public async Task Registration_needs_a_signed_in_trainer_and_an_antiforgery_token()
    {
        var anonymous = _oidc.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/account/passkeys")).StatusCode);
        var token = await AntiforgeryAsync(anonymous, "/account/login");
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostJsonAsync(anonymous, "/account/passkeys/registration/options", token, new JsonObject())).StatusCode);
        using var phone = new SoftwareAuthenticator();
        var forged = new JsonObject { ["name"] = "x", ["credential"] = phone.Create(ForgedCreateOptions(), Origin) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostJsonAsync(anonymous, "/account/passkeys/registration", token, forged)).StatusCode);

        var (mentorBrowser, _) = await SignedInAsync(Roles.Mentor);
        Assert.Equal(HttpStatusCode.Forbidden, (await mentorBrowser.GetAsync("/account/passkeys")).StatusCode);
        var mentorToken = await AntiforgeryAsync(mentorBrowser, "/account/login");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostJsonAsync(mentorBrowser, "/account/passkeys/registration/options", mentorToken, new JsonObject())).StatusCode);

        var (trainerBrowser, _) = await SignedInAsync(Roles.Trainer);
        var withoutToken = await trainerBrowser.PostAsync("/account/passkeys/registration/options", JsonContent.Create(new { }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Contains("antiforgery", await withoutToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_passkey_bodies_are_a_400_naming_the_field()
    {
        var (browser, _) = await SignedInAsync(Roles.Trainer);
        var token = await AntiforgeryAsync(browser);

        var notJson = new HttpRequestMessage(HttpMethod.Post, "/account/passkeys/registration") { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json") };
        notJson.Headers.Add("RequestVerificationToken", token);
        var broken = await browser.SendAsync(notJson);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("\"body\"", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var noCredential = await PostJsonAsync(browser, "/account/passkeys/registration", token, new JsonObject { ["name"] = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, noCredential.StatusCode);
        Assert.Contains("\"credential\"", await noCredential.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var longName = await PostJsonAsync(browser, "/account/passkeys/registration", token, new JsonObject { ["name"] = new string('x', 101), ["credential"] = new JsonObject() });
        Assert.Equal(HttpStatusCode.BadRequest, longName.StatusCode);
        Assert.Contains("\"name\"", await longName.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var anonymous = _oidc.Browser();
        var signInToken = await AntiforgeryAsync(anonymous, "/account/login");
        var garbage = await PostJsonAsync(anonymous, "/account/login/passkey", signInToken, new JsonObject { ["credential"] = new JsonObject { ["id"] = "x", ["rawId"] = "!!", ["type"] = "public-key" } });
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
    }

    [Fact]
    public async Task A_deactivated_trainers_passkey_does_not_sign_in()
    {
        var (browser, trainer) = await SignedInAsync(Roles.Trainer);
        using var phone = new SoftwareAuthenticator();
        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(browser, phone)).StatusCode);

        await WithAccountAsync(trainer.Id, (user, access, _) => access.DeactivateAsync(user, "test", "by administrator", CancellationToken.None));

        phone.SignCount = 1;
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(_oidc.Browser(), phone)).StatusCode);
        Assert.True(await AuditedAsync(trainer.Id, AuditEvents.SignInFailed, "account may not use it"));
    }

    [Fact]
    public async Task A_trainer_removes_their_own_passkey_but_not_someone_elses()
    {
        var (aliceBrowser, alice) = await SignedInAsync(Roles.Trainer);
        var (bobBrowser, bob) = await SignedInAsync(Roles.Trainer);
        using var alicePhone = new SoftwareAuthenticator();
        using var bobPhone = new SoftwareAuthenticator();
        await RegisterAsync(aliceBrowser, alicePhone);
        await RegisterAsync(bobBrowser, bobPhone);
        var aliceKey = await fixture.InDatabaseAsync(db => db.PasskeyCredentials.Where(p => p.UserId == alice.Id).Select(p => p.Id).SingleAsync());
        var bobKey = await fixture.InDatabaseAsync(db => db.PasskeyCredentials.Where(p => p.UserId == bob.Id).Select(p => p.Id).SingleAsync());

        var page = await (await aliceBrowser.GetAsync("/account/passkeys")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(bobKey.ToString(), page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(aliceBrowser, $"/account/passkeys/{bobKey}/remove", page)).StatusCode);
        Assert.Equal(1, await PasskeysOfAsync(bob.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(aliceBrowser, $"/account/passkeys/{aliceKey}/remove", page)).StatusCode);
        Assert.Equal(0, await PasskeysOfAsync(alice.Id));
        alicePhone.SignCount = 1;
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(_oidc.Browser(), alicePhone)).StatusCode);
        Assert.True(await AuditedAsync(alice.Id, AuditEvents.PasskeyRemoved, ""));
    }

    [Fact]
    public async Task Erasing_the_account_removes_its_codes_passkeys_and_open_ceremonies()
    {
        var (browser, trainer) = await SignedInAsync(Roles.Trainer);
        using var phone = new SoftwareAuthenticator();
        Assert.Equal(HttpStatusCode.Created, (await RegisterAsync(browser, phone)).StatusCode);
        // An unfinished registration and a mailed code, both holding the account's id.
        await PostJsonAsync(browser, "/account/passkeys/registration/options", await AntiforgeryAsync(browser), new JsonObject());
        var codePage = await (await browser.GetAsync("/account/login/code")).Content.ReadAsStringAsync();
        await PostFormAsync(browser, "/account/login/code", codePage, new() { ["email"] = trainer.Email! });
        Assert.Equal(1, await fixture.InDatabaseAsync(db => db.SignInCodes.CountAsync(c => c.UserId == trainer.Id)));
        Assert.Equal(1, await fixture.InDatabaseAsync(db => db.PasskeyCeremonies.CountAsync(c => c.UserId == trainer.Id)));

        await WithAccountAsync(trainer.Id, (user, access, _) => access.EraseAsync(user, "test", CancellationToken.None));

        Assert.Equal(0, await PasskeysOfAsync(trainer.Id));
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.SignInCodes.CountAsync(c => c.UserId == trainer.Id)));
        Assert.Equal(0, await fixture.InDatabaseAsync(db => db.PasskeyCeremonies.CountAsync(c => c.UserId == trainer.Id)));
        phone.SignCount = 1;
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(_oidc.Browser(), phone)).StatusCode);
    }

    [Fact]
    public async Task Refused_passkeys_log_no_errors()
    {
        var log = CapturedLog.AttachTo(fixture.Factory.Services);
        var (browser, _) = await SignedInAsync(Roles.Trainer);
        using var phone = new SoftwareAuthenticator();
        await RegisterAsync(browser, phone, origin: "https://evil.example");
        await RegisterAsync(browser, phone);
        await SignInAsync(_oidc.Browser(), phone, origin: "https://evil.example");
        await SignInAsync(_oidc.Browser(), phone, userHandle: Guid.NewGuid().ToByteArray());
        using var stranger = new SoftwareAuthenticator();
        await SignInAsync(_oidc.Browser(), stranger);
        var token = await AntiforgeryAsync(browser);
        await PostJsonAsync(browser, "/account/passkeys/registration", token, new JsonObject { ["credential"] = new JsonObject { ["rawId"] = "%%%" } });

        Assert.Empty(log.Errors);
    }

    private async Task<(HttpClient Browser, ApplicationUser User)> SignedInAsync(string role)
    {
        var user = await _oidc.CreateUserAsync(Password, [role], u =>
        {
            if (role != Roles.Trainer)
            {
                u.StaffId = Guid.NewGuid();
            }
        });
        var browser = _oidc.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await _oidc.PostLoginAsync(browser, user.Email!, Password)).StatusCode);
        return (browser, user);
    }

    private static async Task<HttpResponseMessage> RegisterAsync(HttpClient browser, SoftwareAuthenticator phone, string? origin = null, string name = "Telefoon")
    {
        var token = await AntiforgeryAsync(browser);
        var options = await PostJsonAsync(browser, "/account/passkeys/registration/options", token, new JsonObject());
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        var optionsJson = await options.Content.ReadAsStringAsync();
        var authenticatorSelection = JsonNode.Parse(optionsJson)!["authenticatorSelection"]!;
        Assert.Equal("required", authenticatorSelection["residentKey"]!.GetValue<string>());
        Assert.Equal("preferred", authenticatorSelection["userVerification"]!.GetValue<string>());
        var credential = phone.Create(optionsJson, origin ?? Origin);
        return await PostJsonAsync(browser, "/account/passkeys/registration", token, new JsonObject { ["name"] = name, ["credential"] = credential });
    }

    private static async Task<HttpResponseMessage> SignInAsync(
        HttpClient browser, SoftwareAuthenticator phone, string returnUrl = "/account/", string? origin = null, byte[]? userHandle = null)
    {
        var token = await AntiforgeryAsync(browser, $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var options = await PostJsonAsync(browser, "/account/login/passkey/options", token, new JsonObject());
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        var assertion = phone.Get(await options.Content.ReadAsStringAsync(), origin ?? Origin, userHandle);
        return await PostJsonAsync(browser, "/account/login/passkey", token, new JsonObject { ["returnUrl"] = returnUrl, ["credential"] = assertion });
    }

    /// <summary>Options as the server would send them, for a caller who never got any (the registration must still be refused).</summary>
    private static string ForgedCreateOptions() => new JsonObject
    {
        ["rp"] = new JsonObject { ["id"] = IdentityFixture.PublicUrl.Host, ["name"] = "PartnershipHub" },
        ["user"] = new JsonObject { ["id"] = SoftwareAuthenticator.Base64Url(Guid.NewGuid().ToByteArray()), ["name"] = "x" },
        ["challenge"] = SoftwareAuthenticator.Base64Url(new byte[32]),
    }.ToJsonString();

    private static async Task<string> AntiforgeryAsync(HttpClient browser, string page = "/account/passkeys") =>
        OidcClient.AntiforgeryToken(await (await browser.GetAsync(page)).Content.ReadAsStringAsync());

    private static Task<HttpResponseMessage> PostJsonAsync(HttpClient browser, string path, string token, JsonNode body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("RequestVerificationToken", token);
        return browser.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, string page, Dictionary<string, string>? fields = null)
    {
        fields ??= [];
        fields["__RequestVerificationToken"] = OidcClient.AntiforgeryToken(page);
        return browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private async Task WithAccountAsync(Guid userId, Func<ApplicationUser, AccountAccess, IdentityDb, Task> work)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(userId.ToString()))!;
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        await work(user, scope.ServiceProvider.GetRequiredService<AccountAccess>(), db);
        await db.SaveChangesAsync();
    }

    private Task<int> PasskeysOfAsync(Guid userId) => fixture.InDatabaseAsync(db => db.PasskeyCredentials.CountAsync(p => p.UserId == userId));

    private Task<bool> AuditedAsync(Guid userId, string auditEvent, string detail) =>
        fixture.InDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == userId && e.Event == auditEvent && e.Detail!.Contains(detail)));
}
