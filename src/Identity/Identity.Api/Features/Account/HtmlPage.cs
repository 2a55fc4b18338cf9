using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Features.Account;

/// <summary>The few server-rendered pages of the sign-in flow: plain HTML, every value encoded, every form with its antiforgery token.</summary>
internal static class HtmlPage
{
    public static ContentHttpResult Render(string title, string body, int statusCode = StatusCodes.Status200OK, string language = "nl") =>
        TypedResults.Content(
            $$"""
              <!DOCTYPE html>
              <html lang="{{Encode(language)}}">
              <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{{Encode(title)}} · PartnershipHub</title>
              <style>
              body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; color: #1b1b1b; }
              label { display: block; margin-top: 1rem; } input { width: 100%; padding: .5rem; box-sizing: border-box; }
              button { margin-top: 1.5rem; padding: .6rem 1.2rem; } .error { color: #a4000f; } .hint { color: #555; font-size: .9rem; }
              </style>
              </head>
              <body>
              <h1>{{Encode(title)}}</h1>
              {{body}}
              </body>
              </html>
              """,
            "text/html; charset=utf-8",
            Encoding.UTF8,
            statusCode);

    public static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    public static string AntiforgeryField(IAntiforgery antiforgery, HttpContext context)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"""<input type="hidden" name="{Encode(tokens.FormFieldName)}" value="{Encode(tokens.RequestToken)}">""";
    }

    public static string Errors(IReadOnlyDictionary<string, string[]> errors) => errors.Count == 0
        ? ""
        : $"""<ul class="error" role="alert">{string.Concat(errors.SelectMany(e => e.Value.Select(m => $"""<li data-field="{Encode(e.Key)}">{Encode(m)}</li>""")))}</ul>""";

    /// <summary>
    /// Sign-in pages must not be framed (clickjacking) or cached. Browsers apply <c>form-action</c> to the redirects that
    /// follow a form post too, so the portal's registered redirect origins are allowed: the sign-in form's answer
    /// redirects through <c>/connect/authorize</c> to the portal's <c>/signin-oidc</c>.
    /// </summary>
    public static void AddSecurityHeaders(HttpResponse response)
    {
        var portal = response.HttpContext.RequestServices.GetRequiredService<IOptions<IdentitySettings>>().Value.Clients.Portal;
        var origins = string.Concat(portal.EffectiveRedirectUris.Select(uri => " " + uri.GetLeftPart(UriPartial.Authority)).Distinct());
        response.Headers.XFrameOptions = "DENY";
        response.Headers.ContentSecurityPolicy = $"default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'{origins}";
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
    }
}
