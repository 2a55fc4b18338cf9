using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PartnershipHub.Portal.Extensions;

namespace PartnershipHub.Portal.Api;

/// <summary>A queue as the broker's management API reports it.</summary>
public sealed record QueueState(string Name, string VirtualHost, long Messages, long Ready, long Unacknowledged, int Consumers)
{
    /// <summary>MassTransit moves messages a consumer keeps failing on to <c>&lt;queue&gt;_error</c>.</summary>
    public bool IsErrorQueue => Name.EndsWith("_error", StringComparison.Ordinal);

    public bool IsDeadLetterQueue => Name.EndsWith("_skipped", StringComparison.Ordinal);
}

/// <summary>Reads queue depths and consumers from RabbitMQ's management API (<c>RabbitMq:ManagementUrl</c>).</summary>
public sealed class RabbitMqManagementClient(IHttpClientFactory httpClients, PortalSettings settings)
{
    public const string HttpClientName = "rabbitmq-management";

    public bool Configured => !string.IsNullOrEmpty(settings.RabbitMqManagementUrl);

    /// <summary>The queues, or null when the management API could not be reached.</summary>
    public async Task<IReadOnlyList<QueueState>?> QueuesAsync(CancellationToken cancellationToken = default)
    {
        if (!Configured)
        {
            return null;
        }

        try
        {
            using var http = httpClients.CreateClient(HttpClientName);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(settings.RabbitMqManagementUrl!.TrimEnd('/') + "/"), "api/queues"));
            request.Headers.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.RabbitMqManagementUser}:{settings.RabbitMqManagementPassword}")));
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            return [.. document.RootElement.EnumerateArray().Select(queue => new QueueState(
                queue.GetProperty("name").GetString() ?? "",
                queue.TryGetProperty("vhost", out var vhost) ? vhost.GetString() ?? "/" : "/",
                Number(queue, "messages"), Number(queue, "messages_ready"), Number(queue, "messages_unacknowledged"),
                (int)Number(queue, "consumers")))
                .OrderByDescending(queue => queue.IsErrorQueue && queue.Messages > 0)
                .ThenByDescending(queue => queue.Messages)
                .ThenBy(queue => queue.Name, StringComparer.Ordinal)];
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        {
            return null;
        }
    }

    private static long Number(JsonElement queue, string name) =>
        queue.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;
}
