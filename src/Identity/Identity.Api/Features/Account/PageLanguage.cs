using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Features.Account;

/// <summary>
/// The language of a page shown before anyone is signed in: the language the person chose in the portal (its culture
/// cookie, sent here too when both run on one host), or the OpenID Connect <c>ui_locales</c> of the request or of its
/// return URL; Dutch otherwise, as in the portal.
/// </summary>
internal static class PageLanguage
{
    private const string CultureCookie = ".AspNetCore.Culture";

    public static string Of(HttpRequest request)
    {
        if (request.Cookies.TryGetValue(CultureCookie, out var cookie) && cookie is not null)
        {
            // "c=en|uic=en": the interface culture decides.
            var uiCulture = cookie.Split('|').Select(part => part.Split('=', 2)).FirstOrDefault(pair => pair is ["uic", _]);
            if (uiCulture is [_, var name])
            {
                return Pick(name);
            }
        }

        var locales = request.Query["ui_locales"].ToString();
        if (locales.Length == 0 && request.Query["returnUrl"].ToString() is { Length: > 0 } returnUrl
            && returnUrl.IndexOf('?', StringComparison.Ordinal) is var query and >= 0)
        {
            locales = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(returnUrl[query..]).GetValueOrDefault("ui_locales").ToString();
        }

        return locales.Length > 0 ? Pick(locales.Split(' ')[0]) : Languages.Dutch;
    }

    private static string Pick(string culture) =>
        culture.StartsWith(Languages.English, StringComparison.OrdinalIgnoreCase) ? Languages.English : Languages.Dutch;
}
