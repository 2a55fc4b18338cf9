using System.Net;
using System.Net.Http.Headers;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.Insights;

/// <summary>
/// What asking Insights for a section's CSV came to: the open answer to pass on as it streams (dispose it when done),
/// or the status to explain (403 refused, 400 a filter it refused, 404 no such section, 502 Insights not reachable).
/// </summary>
public sealed record InsightsDownload(HttpResponseMessage? Answer, string FileName, HttpStatusCode Status);

/// <summary>
/// One dashboard section's CSV, fetched from Insights with the signed-in user's token (the browser never holds it), in
/// the user's language; the filters are passed on as typed, so Insights names a malformed one in its 400.
/// </summary>
public sealed class InsightsExport(IHttpClientFactory httpClients)
{
    public static readonly IReadOnlyList<string> Filters = ["crebo", "cohort", "periodId", "from", "to"];

    public async Task<InsightsDownload> OpenAsync(
        string section, IReadOnlyDictionary<string, string?> filters, string language, string accessToken, CancellationToken cancellationToken)
    {
        var fallbackName = $"{section}.csv";
        if (!Api.InsightsApi.Sections.Contains(section))
        {
            return new InsightsDownload(null, fallbackName, HttpStatusCode.NotFound);
        }

        try
        {
            var http = httpClients.CreateClient(ResourceNames.Insights);
            using var request = new HttpRequestMessage(HttpMethod.Get, PathFor(section, filters, language));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            var answer = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!answer.IsSuccessStatusCode)
            {
                var status = answer.StatusCode;
                answer.Dispose();
                return new InsightsDownload(null, fallbackName,
                    status is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest ? status : HttpStatusCode.BadGateway);
            }

            var disposition = answer.Content.Headers.ContentDisposition;
            var fileName = disposition?.FileNameStar ?? disposition?.FileName?.Trim('"') ?? fallbackName;
            return new InsightsDownload(answer, fileName, HttpStatusCode.OK);
        }
        catch (HttpRequestException)
        {
            return new InsightsDownload(null, fallbackName, HttpStatusCode.BadGateway);
        }
    }

    /// <summary>"/api/insights/{section}/export?crebo=…&amp;language=nl": only the known filters, blanks left out.</summary>
    public static string PathFor(string section, IReadOnlyDictionary<string, string?> filters, string language)
    {
        var query = string.Join("&", Filters
            .Where(name => filters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
            .Select(name => $"{name}={Uri.EscapeDataString(filters[name]!.Trim())}")
            .Append($"language={(language == "en" ? "en" : "nl")}"));
        return $"/api/insights/{section}/export?{query}";
    }
}
