using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace PartnershipHub.Identity.Tests.Infrastructure;

/// <summary>
/// The portal's authorization code + PKCE flow split in two, so a test can sign in between with any method (code,
/// link, passkey): <see cref="StartAsync"/> answers the sign-in page's returnUrl, <see cref="FinishAsync"/> follows
/// the redirect after sign-in to the portal's callback and exchanges the code for tokens.
/// </summary>
public sealed class PortalAuthorization(OidcClient oidc, HttpClient browser)
{
    private readonly string _verifier = OidcClient.Base64Url(RandomNumberGenerator.GetBytes(32));

    public async Task<string> StartAsync()
    {
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "portal",
            ["response_type"] = "code",
            ["redirect_uri"] = OidcClient.PortalRedirectUri,
            ["scope"] = "openid profile roles offline_access identity",
            ["state"] = "state-pwless",
            ["code_challenge"] = OidcClient.Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(_verifier))),
            ["code_challenge_method"] = "S256",
        });
        var first = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var login = first.Headers.Location!.OriginalString;
        return QueryHelpers.ParseQuery("?" + login.Split('?', 2)[1])["ReturnUrl"].ToString();
    }

    public async Task<TokenResponse> FinishAsync(string afterSignIn)
    {
        var authorized = await browser.GetAsync(afterSignIn);
        Assert.Equal(HttpStatusCode.Redirect, authorized.StatusCode);
        var callback = authorized.Headers.Location!;
        Assert.StartsWith(OidcClient.PortalRedirectUri, callback.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("state-pwless", query["state"].ToString());
        return await oidc.TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = "portal",
            ["code"] = query["code"].ToString(),
            ["redirect_uri"] = OidcClient.PortalRedirectUri,
            ["code_verifier"] = _verifier,
        });
    }
}
