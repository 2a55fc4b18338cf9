using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;
using PartnershipHub.Portal.Api;
using PartnershipHub.Portal.Localization;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Portal.Insights;

public static class InsightsExportEndpoints
{
    /// <summary>
    /// <c>/inzicht/export/{section}?crebo=…</c>: the dashboard section's CSV from Insights, fetched with the signed-in
    /// user's token (the browser never holds it) and passed on as it streams; Insights decides who may have it.
    /// </summary>
    public static WebApplication MapInsightsExportEndpoints(this WebApplication app)
    {
        app.MapGet("/inzicht/export/{section}", async (string section, string? crebo, string? cohort, string? periodId, string? from, string? to,
            HttpContext context, IHttpClientFactory httpClients, IStringLocalizer<SharedResource> text) =>
        {
            if (!InsightsApi.Sections.Contains(section))
            {
                return Page(text["Insights.Export.Unknown"], HttpStatusCode.NotFound, text);
            }

            if (await context.GetTokenAsync("access_token") is not { } accessToken)
            {
                return Results.Unauthorized();
            }

            var filter = new DashboardFilter(crebo, cohort, null, null, null);
            var query = filter.ToQuery();
            // The period and dates are passed as typed, so Insights names a malformed one in its 400.
            foreach (var (name, value) in new[] { ("periodId", periodId), ("from", from), ("to", to) })
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    query += (query.Length > 0 ? "&" : "") + $"{name}={Uri.EscapeDataString(value)}";
                }
            }

            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "nl";
            var path = $"/api/insights/{section}/export?{(query.Length > 0 ? query + "&" : "")}language={language}";
            HttpResponseMessage response;
            try
            {
                var http = httpClients.CreateClient(ResourceNames.Insights);
                var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
            }
            catch (HttpRequestException)
            {
                return Page(text["Insights.Export.Unavailable"], HttpStatusCode.BadGateway, text);
            }

            if (!response.IsSuccessStatusCode)
            {
                var status = response.StatusCode;
                response.Dispose();
                return status switch
                {
                    HttpStatusCode.Forbidden => Page(text["Insights.Refused"], HttpStatusCode.Forbidden, text),
                    HttpStatusCode.BadRequest => Page(text["Insights.Export.Invalid"], HttpStatusCode.BadRequest, text),
                    _ => Page(text["Insights.Export.Unavailable"], HttpStatusCode.BadGateway, text),
                };
            }

            context.Response.RegisterForDispose(response);
            var fileName = response.Content.Headers.ContentDisposition?.FileNameStar
                ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"')
                ?? $"{section}.csv";
            return Results.Stream(await response.Content.ReadAsStreamAsync(context.RequestAborted), "text/csv; charset=utf-8", fileName);
        }).RequireAuthorization(policy => policy.RequireRole(Roles.Coordinator, Roles.Mentor));
        return app;
    }

    /// <summary>A person followed a link: a short page in their language, not a status code or a ProblemDetails document.</summary>
    private static IResult Page(string message, HttpStatusCode status, IStringLocalizer<SharedResource> text)
    {
        var page = $"""
            <!DOCTYPE html><html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><head><meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{WebUtility.HtmlEncode(message)}</title></head>
            <body><main><h1>{WebUtility.HtmlEncode(message)}</h1><p><a href="/inzicht">{WebUtility.HtmlEncode(text["Insights.Export.Back"])}</a></p></main></body></html>
            """;
        return Results.Content(page, "text/html; charset=utf-8", statusCode: (int)status);
    }
}
