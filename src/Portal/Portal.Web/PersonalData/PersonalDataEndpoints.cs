using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Localization;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Portal.PersonalData;

public static class PersonalDataEndpoints
{
    /// <summary>
    /// <c>/students/{id}/personal-data.zip</c>: the student's own data for the student, their mentor, care staff and a
    /// coordinator; every service checks the relationship itself with the user's token.
    /// </summary>
    public static WebApplication MapPersonalDataEndpoints(this WebApplication app)
    {
        app.MapGet("/students/{id:guid}/personal-data.zip", async (Guid id, HttpContext context, PersonalDataExport export, IStringLocalizer<SharedResource> text) =>
        {
            if (await context.GetTokenAsync("access_token") is not { } accessToken)
            {
                return Results.Unauthorized();
            }

            var download = await export.BuildAsync(id, accessToken, context.RequestAborted);
            if (download.Zip is { } zip)
            {
                return Results.File(zip, "application/zip", $"personal-data-{id}.zip");
            }

            // A person followed a link: a short page in their language, not a status code or a ProblemDetails document.
            var message = text[download.Status == HttpStatusCode.Forbidden ? "PersonalData.Refused"
                : download.Status == HttpStatusCode.NotFound ? "PersonalData.Unknown" : "PersonalData.Unavailable"];
            var page = $"""
                <!DOCTYPE html><html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><head><meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{WebUtility.HtmlEncode(message)}</title></head>
                <body><p>{WebUtility.HtmlEncode(message)}</p><p><a href="/">{WebUtility.HtmlEncode(text["PersonalData.Back"])}</a></p></body></html>
                """;
            return Results.Content(page, "text/html; charset=utf-8", statusCode: (int)download.Status);
        }).RequireAuthorization(policy => policy.RequireRole(Roles.Student, Roles.Mentor, Roles.Care, Roles.Coordinator));
        return app;
    }
}
