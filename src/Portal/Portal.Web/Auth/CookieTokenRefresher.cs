using Microsoft.AspNetCore.Authentication;
using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace PartnershipHub.Portal.Auth;

/// <summary>
/// On every request with the sign-in cookie: when the stored access token is (nearly) expired, redeem the refresh
/// token and store the new tokens in the cookie; if Identity refuses (account deactivated, token revoked), sign out.
/// </summary>
public sealed class CookieTokenRefresher(TokenEndpointClient tokenEndpoint, TimeProvider time)
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var expiresAt = TokenEndpointClient.ParseExpiry(context.Properties.GetTokenValue("expires_at"));
        if (expiresAt - TimeSpan.FromMinutes(1) > time.GetUtcNow())
        {
            return;
        }

        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        var refreshed = refreshToken is null ? null : await tokenEndpoint.RefreshAsync(refreshToken, context.HttpContext.RequestAborted);
        if (refreshed is null)
        {
            context.RejectPrincipal();
            return;
        }

        context.Properties.UpdateTokenValue("access_token", refreshed.AccessToken);
        if (refreshed.RefreshToken is not null)
        {
            context.Properties.UpdateTokenValue("refresh_token", refreshed.RefreshToken);
        }

        context.Properties.UpdateTokenValue("expires_at", refreshed.ExpiresAt.ToString("o", CultureInfo.InvariantCulture));
        context.ShouldRenew = true;
    }
}
