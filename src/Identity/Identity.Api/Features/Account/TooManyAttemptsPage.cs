using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Features.Account;

/// <summary>
/// The 429 of the sign-in pages: a page in the person's language (<see cref="PageLanguage"/>) saying when to try again,
/// with <c>Retry-After</c> and a way on: back to the portal, which starts a new sign-in.
/// </summary>
internal static class TooManyAttemptsPage
{
    public static ContentHttpResult Render(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        HtmlPage.AddSecurityHeaders(context.Response);
        var minutes = Math.Max(1, (int)Math.Ceiling(seconds / 60.0));
        var signInAgain = HtmlPage.Encode(SignInAgainUrl(context));
        return PageLanguage.Of(context.Request) == Languages.English
            ? HtmlPage.Render(
                "Too many attempts",
                $"""
                 <p>There were too many attempts to sign in. Try again in {(minutes == 1 ? "1 minute" : $"{minutes} minutes")}.</p>
                 <p><a href="{signInAgain}">Sign in again</a></p>
                 """,
                StatusCodes.Status429TooManyRequests,
                Languages.English)
            : HtmlPage.Render(
                "Te veel pogingen",
                $"""
                 <p>Er zijn te veel pogingen gedaan om in te loggen. Probeer het over {(minutes == 1 ? "1 minuut" : $"{minutes} minuten")} opnieuw.</p>
                 <p><a href="{signInAgain}">Opnieuw inloggen</a></p>
                 """,
                StatusCodes.Status429TooManyRequests,
                Languages.Dutch);
    }

    /// <summary>The portal's start page (signing in there comes back through this server), or this server's sign-in page.</summary>
    private static string SignInAgainUrl(HttpContext context)
    {
        var portal = context.RequestServices.GetRequiredService<IOptions<IdentitySettings>>().Value.Clients.Portal;
        return portal.EffectiveRedirectUris.FirstOrDefault() is { } redirect ? redirect.GetLeftPart(UriPartial.Authority) + "/" : "/account/login";
    }
}
