using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Localization;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Portal.Insights;

public static class InsightsExportEndpoints
{
    /// <summary>
    /// <c>/inzicht/export/{section}?crebo=…</c>: the dashboard section's CSV from Insights, passed on as it streams;
    /// Insights decides who may have it (a mentor only their own programmes).
    /// </summary>
    public static WebApplication MapInsightsExportEndpoints(this WebApplication app)
    {
        app.MapGet("/inzicht/export/{section}", async (string section, HttpContext context, InsightsExport export, IStringLocalizer<SharedResource> text) =>
        {
            if (await context.GetTokenAsync("access_token") is not { } accessToken)
            {
                return Results.Unauthorized();
            }

            var filters = InsightsExport.Filters.ToDictionary(name => name, name => (string?)context.Request.Query[name].ToString());
            var download = await export.OpenAsync(section, filters, InsightsFormat.Language, accessToken, context.RequestAborted);
            if (download.Answer is { } answer)
            {
                context.Response.RegisterForDispose(answer);
                return Results.Stream(await answer.Content.ReadAsStreamAsync(context.RequestAborted), "text/csv; charset=utf-8", download.FileName);
            }

            var message = text[download.Status switch
            {
                HttpStatusCode.Forbidden => "Insights.Refused",
                HttpStatusCode.BadRequest => "Insights.Export.Invalid",
                HttpStatusCode.NotFound => "Insights.Export.Unknown",
                _ => "Insights.Export.Unavailable",
            }];
            // A person followed a link: a short page in their language, not a status code or a ProblemDetails document.
            var page = $"""
                <!DOCTYPE html><html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><head><meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{WebUtility.HtmlEncode(message)}</title></head>
                <body><main><h1>{WebUtility.HtmlEncode(message)}</h1><p><a href="/inzicht">{WebUtility.HtmlEncode(text["Insights.Export.Back"])}</a></p></main></body></html>
                """;
            return Results.Content(page, "text/html; charset=utf-8", statusCode: (int)download.Status);
        }).RequireAuthorization(policy => policy.RequireRole(Roles.Coordinator, Roles.Mentor));
        return app;
    }
}
