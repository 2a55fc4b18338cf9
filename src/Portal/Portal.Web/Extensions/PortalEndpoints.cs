using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Localization;

namespace PartnershipHub.Portal.Extensions;

public static class PortalEndpoints
{
    /// <summary>Sign out here and at Identity; Identity sends the browser back to the portal's start page.</summary>
    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        app.MapPost("/account/logout", () => TypedResults.SignOut(
            new AuthenticationProperties { RedirectUri = "/" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]));
        return app;
    }

    /// <summary>The language choice: a culture cookie, then back to the page the user was on.</summary>
    public static WebApplication MapCultureEndpoints(this WebApplication app)
    {
        app.MapGet("/culture/set", (HttpContext context, string culture, string? redirectUri) =>
        {
            var chosen = ApplicationServices.Cultures.FirstOrDefault(c => c.Name == culture) ?? ApplicationServices.Cultures[0];
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return TypedResults.LocalRedirect(IsLocalPath(redirectUri) ? redirectUri! : "/");
        }).AllowAnonymous();
        return app;
    }

    /// <summary>
    /// A path on this site, nothing a browser could read as another host: "/x" yes; "//evil", "/\evil" (browsers treat
    /// a backslash as a slash) and anything with a control character no. An open redirect would let a link send users anywhere.
    /// </summary>
    public static bool IsLocalPath(string? uri) =>
        uri is { Length: > 0 } && uri[0] == '/'
        && (uri.Length == 1 || (uri[1] != '/' && uri[1] != '\\'))
        && !uri.Any(char.IsControl);
}
