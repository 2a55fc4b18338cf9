using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PartnershipHub.Identity.Features.Account;

/// <summary>The 429 of the sign-in pages: a page in Dutch (and English) saying when to try again, with <c>Retry-After</c>.</summary>
internal static class TooManyAttemptsPage
{
    public static ContentHttpResult Render(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        HtmlPage.AddSecurityHeaders(context.Response);
        var minutes = Math.Max(1, (int)Math.Ceiling(seconds / 60.0));
        var dutch = minutes == 1 ? "1 minuut" : $"{minutes} minuten";
        var english = minutes == 1 ? "1 minute" : $"{minutes} minutes";
        return HtmlPage.Render(
            "Te veel pogingen / Too many attempts",
            $"""
             <p>Er zijn te veel pogingen gedaan. Probeer het over {dutch} opnieuw.</p>
             <p class="hint">There were too many attempts. Try again in {english}.</p>
             <p><a href="/account/login">Inloggen / Sign in</a></p>
             """,
            StatusCodes.Status429TooManyRequests);
    }
}
