using System.Diagnostics;
using System.Text.Json;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Portal.Api;

/// <summary>One service's <c>/health</c> answer: overall status and one line per check (database, broker, ...).</summary>
public sealed record ServiceHealth(string Service, string Status, double ResponseMs, IReadOnlyList<HealthCheckLine> Checks);

public sealed record HealthCheckLine(string Name, string Status, string? Description);

/// <summary>Asks every service's anonymous <c>/health</c> endpoint (ServiceDefaults' JSON report) by its discovery name.</summary>
public sealed class ServiceHealthProbe(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "health";

    public static readonly string[] Services =
        [ResourceNames.Identity, ResourceNames.Students, ResourceNames.Companies, ResourceNames.Internships, ResourceNames.Guidance];

    public Task<ServiceHealth[]> CheckAllAsync(CancellationToken cancellationToken = default) =>
        Task.WhenAll(Services.Select(service => CheckAsync(service, cancellationToken)));

    public async Task<ServiceHealth> CheckAsync(string service, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var http = httpClients.CreateClient(HttpClientName);
            using var response = await http.GetAsync(new Uri($"http://{service}/health"), cancellationToken);
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
