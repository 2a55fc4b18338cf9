using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Identity.Domain;
using Xunit;

namespace PartnershipHub.Identity.Tests.Infrastructure;

/// <summary>
/// Plays the portal and the browser against the in-memory server: signs in through the real HTML form (cookies and
/// antiforgery included), runs authorization code + PKCE, and calls the token endpoint like any client would.
/// </summary>
public sealed partial class OidcClient(IdentityFixture fixture)
{
    public const string PortalRedirectUri = "http://127.0.0.1:5100/signin-oidc";
    public const string PortalClientId = "portal";
    public static readonly Uri BaseAddress = new("https://localhost/");

    public HttpClient Browser() => fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = BaseAddress,
    });

    public HttpClient Api(string? accessToken = null)
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = BaseAddress });
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    /// <summary>Creates an active account with a password and the given roles; answers its id.</summary>
    public async Task<ApplicationUser> CreateUserAsync(string password, string[] roles, Action<ApplicationUser>? shape = null)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"user-{Guid.NewGuid():N}@test.partnershiphub.nl";
        var user = ApplicationUser.Create(email, $"Test {string.Join("/", roles)}", DateTimeOffset.UtcNow);
        user.EmailConfirmed = true;
        shape?.Invoke(user);
        Check(await users.CreateAsync(user, password));
        if (roles.Length > 0)
        {
            Check(await users.AddToRolesAsync(user, roles));
        }

        return user;
    }

    /// <summary>GETs the sign-in page and posts the form; answers the response to the post.</summary>
    public async Task<HttpResponseMessage> PostLoginAsync(HttpClient browser, string email, string password, string returnUrl = "/account/")
    {
        var page = await browser.GetAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var token = AntiforgeryToken(await page.Content.ReadAsStringAsync());
        return await browser.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
        }));
    }

    /// <summary>The whole code + PKCE round trip for the portal client; answers the token response.</summary>
    public async Task<TokenResponse> SignInWithCodeFlowAsync(string email, string password, string scope = "openid profile roles offline_access identity students")
    {
        var browser = Browser();
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "portal",
            ["response_type"] = "code",
            ["redirect_uri"] = PortalRedirectUri,
            ["scope"] = scope,
            ["state"] = "state-123",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        });

        var first = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var login = first.Headers.Location!;
        Assert.Equal("/account/login", login.IsAbsoluteUri ? login.AbsolutePath : login.OriginalString.Split('?')[0]);
        var returnUrl = QueryHelpers.ParseQuery(login.IsAbsoluteUri ? login.Query : "?" + login.OriginalString.Split('?', 2)[1])["ReturnUrl"].ToString();

        var signedIn = await PostLoginAsync(browser, email, password, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var second = await browser.GetAsync(signedIn.Headers.Location!);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var callback = second.Headers.Location!;
        Assert.StartsWith(PortalRedirectUri, callback.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("state-123", query["state"].ToString());

        return await TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "portal",
            ["code"] = query["code"].ToString(),
            ["redirect_uri"] = PortalRedirectUri,
            ["code_verifier"] = verifier,
        });
    }

    public Task<TokenResponse> RefreshAsync(string refreshToken) => TokenAsync(new Dictionary<string, string>
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = "portal",
        ["refresh_token"] = refreshToken,
    });

    public Task<TokenResponse> ClientCredentialsAsync(string secret = IdentityFixture.ServicesSecret, string scope = "students companies") =>
        TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "services",
            ["client_secret"] = secret,
            ["scope"] = scope,
        });

    public async Task<TokenResponse> TokenAsync(Dictionary<string, string> form)
    {
        var response = await Api().PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        var json = body.Length > 0 && body[0] == '{' ? JsonDocument.Parse(body).RootElement : default;
        string? Get(string name) => json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) ? value.GetString() : null;
        return new TokenResponse(response.StatusCode, Get("access_token"), Get("refresh_token"), Get("id_token"), Get("error"), body);
    }

    /// <summary>An operator's or coordinator's access token for the admin API, through the real code flow.</summary>
    public async Task<(ApplicationUser User, TokenResponse Tokens)> SignedInAsync(string role, Action<ApplicationUser>? shape = null)
    {
        const string password = "Test!2026password";
        var user = await CreateUserAsync(password, [role], shape);
        var tokens = await SignInWithCodeFlowAsync(user.Email!, password);
        Assert.Equal(HttpStatusCode.OK, tokens.Status);
        return (user, tokens);
    }

    public static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery field.");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryPattern();
}
