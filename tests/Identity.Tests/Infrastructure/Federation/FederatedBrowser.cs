using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace PartnershipHub.Identity.Tests.Infrastructure.Federation;

/// <summary>
/// A browser without a browser: one cookie jar for Identity (in memory) and one for the test provider (real HTTP),
/// following each redirect by hand so every hop can be checked: sign-in page, button, provider, callback, portal.
/// </summary>
public sealed partial class FederatedBrowser(FederationFixture fixture) : IDisposable
{
    private readonly OidcClient _oidc = fixture.Oidc();
    private readonly HttpClient _provider = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() });

    public HttpClient Identity { get; } = fixture.Oidc().Browser();

    /// <summary>Sign-in page → the provider's button → the provider → Identity's callback; answers the callback's response.</summary>
    public async Task<HttpResponseMessage> SignInAtSchoolAsync(string provider, string returnUrl = "/account/")
    {
        var page = await Identity.GetAsync($"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var button = ButtonPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["href"].Value))
            .Single(href => href.StartsWith($"/account/external/{provider}?", StringComparison.Ordinal));
        Assert.Equal(returnUrl, QueryHelpers.ParseQuery(new Uri(OidcClient.BaseAddress, button).Query)["returnUrl"].ToString());

        var start = await Identity.GetAsync(button);
        if (start.StatusCode != HttpStatusCode.Redirect)
        {
            return start;
        }

        var authorize = start.Headers.Location!;
        Assert.Equal(fixture.Provider.Authority.GetLeftPart(UriPartial.Authority), authorize.GetLeftPart(UriPartial.Authority));
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.False(string.IsNullOrEmpty(query["state"]), "The authorization request carries no state.");
        Assert.False(string.IsNullOrEmpty(query["nonce"]), "The authorization request carries no nonce.");

        var answer = await _provider.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var callback = answer.Headers.Location!;
        Assert.Equal(new Uri(OidcClient.BaseAddress, $"account/external/{provider}/callback").AbsoluteUri, callback.GetLeftPart(UriPartial.Path));
        return await Identity.GetAsync(callback);
    }

    /// <summary>The portal's code + PKCE flow, signing in at the school instead of with a password; answers the tokens.</summary>
    public async Task<TokenResponse> PortalTokensThroughSchoolAsync(string provider)
    {
        var verifier = OidcClient.Base64Url(RandomNumberGenerator.GetBytes(32));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "portal",
            ["response_type"] = "code",
            ["redirect_uri"] = OidcClient.PortalRedirectUri,
            ["scope"] = "openid profile roles identity students",
            ["state"] = "portal-state",
            ["code_challenge"] = OidcClient.Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        });

        var toLogin = await Identity.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        var returnUrl = QueryHelpers.ParseQuery(new Uri(OidcClient.BaseAddress, toLogin.Headers.Location!).Query)["ReturnUrl"].ToString();

        var signedIn = await SignInAtSchoolAsync(provider, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(returnUrl, signedIn.Headers.Location!.OriginalString);

        var toPortal = await Identity.GetAsync(signedIn.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, toPortal.StatusCode);
        Assert.StartsWith(OidcClient.PortalRedirectUri, toPortal.Headers.Location!.ToString(), StringComparison.Ordinal);
        var code = QueryHelpers.ParseQuery(toPortal.Headers.Location.Query)["code"].ToString();

        return await _oidc.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "portal",
            ["code"] = code,
            ["redirect_uri"] = OidcClient.PortalRedirectUri,
            ["code_verifier"] = verifier,
        });
    }

    public void Dispose()
    {
        _provider.Dispose();
        Identity.Dispose();
    }

    [GeneratedRegex("<a href=\"(?<href>/account/external/[^\"]+)\"")]
    private static partial Regex ButtonPattern();
}
