using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using PartnershipHub.Portal.Auth;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.Api;

/// <summary>One service's <c>/health</c> answer: overall status and one line per check (database, broker, ...).</summary>
public sealed record ServiceHealth(string Service, string Status, double ResponseMs, IReadOnlyList<HealthCheckLine> Checks);

public sealed record HealthCheckLine(string Name, string Status, string? Description);

/// <summary>
/// Asks every service's <c>/health</c> endpoint (ServiceDefaults' JSON report) by its discovery name, with the signed-in
/// operator's token: without it a service answers only its overall status.
/// </summary>
public sealed class ServiceHealthProbe(IHttpClientFactory httpClients, UserTokens tokens)
{
    public const string HttpClientName = "health";

    public static readonly string[] Services =
        [ResourceNames.Identity, ResourceNames.Students, ResourceNames.Companies, ResourceNames.Internships, ResourceNames.Guidance, ResourceNames.Notifications, ResourceNames.Insights];

    public Task<ServiceHealth[]> CheckAllAsync(CancellationToken cancellationToken = default) =>
        Task.WhenAll(Services.Select(service => CheckAsync(service, cancellationToken)));

    public async Task<ServiceHealth> CheckAsync(string service, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var http = httpClients.CreateClient(HttpClientName);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"http://{service}/health"));
            if (await tokens.GetAccessTokenAsync(cancellationToken) is { } accessToken)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            }

            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var elapsed = watch.Elapsed.TotalMilliseconds;
            try
            {
                using var document = JsonDocument.Parse(text);
                var root = document.RootElement;
                var checks = root.TryGetProperty("checks", out var list)
                    ? list.EnumerateArray().Select(check => new HealthCheckLine(
                        check.GetProperty("name").GetString() ?? "",
                        check.GetProperty("status").GetString() ?? "",
                        check.TryGetProperty("description", out var description) ? description.GetString() : null)).ToList()
                    : [];
                return new ServiceHealth(service, root.GetProperty("status").GetString() ?? "Unknown", elapsed, checks);
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return new ServiceHealth(service, response.IsSuccessStatusCode ? "Healthy" : "Unhealthy", elapsed, []);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return new ServiceHealth(service, "Unreachable", watch.Elapsed.TotalMilliseconds, []);
        }
    }
}
