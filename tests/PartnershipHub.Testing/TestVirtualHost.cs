using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace PartnershipHub.Testing;

/// <summary>A RabbitMQ virtual host of its own for one test class, so queues and messages never leak between classes.</summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private TestVirtualHost(HttpClient management, string name, string connectionString)
    {
        _management = management;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    /// <summary><c>amqp://user:password@host:port/vhost</c>, the form the services read from <c>ConnectionStrings__messaging</c>.</summary>
    public string ConnectionString { get; }

    public static async Task<TestVirtualHost> CreateAsync(string prefix)
    {
        var servers = await TestServers.GetAsync();
        var name = $"t-{prefix.ToLowerInvariant()}-{Guid.NewGuid():N}";
        var management = CreateManagementClient(servers);

        (await management.PutAsync($"api/vhosts/{Uri.EscapeDataString(name)}", null)).EnsureSuccessStatusCode();
        (await management.PutAsJsonAsync(
            $"api/permissions/{Uri.EscapeDataString(name)}/{Uri.EscapeDataString(servers.RabbitUser)}",
            new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();

        var amqp = new UriBuilder(servers.Amqp)
        {
            UserName = Uri.EscapeDataString(servers.RabbitUser),
            Password = Uri.EscapeDataString(servers.RabbitPassword),
            Path = "/" + Uri.EscapeDataString(name),
        };
        return new TestVirtualHost(management, name, amqp.Uri.ToString());
    }

    /// <summary>Messages waiting in a queue of this virtual host, as the broker's management API reports them.</summary>
    public async Task<long> CountMessagesAsync(string queue)
    {
        var response = await _management.GetAsync($"api/queues/{Uri.EscapeDataString(Name)}/{Uri.EscapeDataString(queue)}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return 0;
        }

        response.EnsureSuccessStatusCode();
        var queueInfo = await response.Content.ReadFromJsonAsync<QueueInfo>();
        return queueInfo?.Messages ?? 0;
    }

    /// <summary>
    /// The message ids of up to <paramref name="max"/> messages in a queue, read through the management API and put
    /// back (unlike the queue statistics, this is not delayed by the broker's statistics interval).
    /// </summary>
    public async Task<IReadOnlyList<Guid>> PeekMessageIdsAsync(string queue, int max = 100)
    {
        var response = await _management.PostAsJsonAsync(
            $"api/queues/{Uri.EscapeDataString(Name)}/{Uri.EscapeDataString(queue)}/get",
            new { count = max, ackmode = "ack_requeue_true", encoding = "auto" });
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return [];
        }

        response.EnsureSuccessStatusCode();
        var messages = await response.Content.ReadFromJsonAsync<List<PeekedMessage>>() ?? [];
        return messages
            .Select(m => Guid.TryParse(m.Properties?.MessageId, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToList();
    }

    /// <summary>
    /// Why MassTransit moved a message to the virtual host's error queue (its <c>MT-Fault-Message</c> header), or null
    /// while the message is not there.
    /// </summary>
    public async Task<string?> ErrorQueueFaultAsync(Guid messageId)
    {
        var errorQueue = (await QueueNamesAsync()).SingleOrDefault(name => name.EndsWith("_error", StringComparison.Ordinal));
        if (errorQueue is null)
        {
            return null;
        }

        var response = await _management.PostAsJsonAsync(
            $"api/queues/{Uri.EscapeDataString(Name)}/{Uri.EscapeDataString(errorQueue)}/get",
            new { count = 100, ackmode = "ack_requeue_true", encoding = "auto" });
        response.EnsureSuccessStatusCode();
        var messages = await response.Content.ReadFromJsonAsync<List<PeekedMessage>>() ?? [];
        return messages
            .Where(m => Guid.TryParse(m.Properties?.MessageId, out var id) && id == messageId)
            .Select(m => m.Properties?.Headers is { } headers && headers.TryGetValue("MT-Fault-Message", out var fault) ? fault.ToString() : null)
            .FirstOrDefault();
    }

    /// <summary>Whether the virtual host's error queue (MassTransit's <c>…_error</c>) holds this message; false while there is none.</summary>
    public async Task<bool> ErrorQueueHoldsAsync(Guid messageId)
    {
        var errorQueue = (await QueueNamesAsync()).SingleOrDefault(name => name.EndsWith("_error", StringComparison.Ordinal));
        return errorQueue is not null && (await PeekMessageIdsAsync(errorQueue)).Contains(messageId);
    }

    public async Task<IReadOnlyList<string>> QueueNamesAsync()
    {
        var queues = await _management.GetFromJsonAsync<List<QueueInfo>>($"api/queues/{Uri.EscapeDataString(Name)}") ?? [];
        return queues.Select(q => q.Name).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _management.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(Name)}");
        _management.Dispose();
    }

    internal static HttpClient CreateManagementClient(Servers servers)
    {
        var client = new HttpClient { BaseAddress = servers.Management };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{servers.RabbitUser}:{servers.RabbitPassword}")));
        return client;
    }

    private sealed record QueueInfo(string Name, long Messages);

    private sealed record PeekedMessage([property: System.Text.Json.Serialization.JsonPropertyName("properties")] PeekedProperties? Properties);

    private sealed record PeekedProperties(
        [property: System.Text.Json.Serialization.JsonPropertyName("message_id")] string? MessageId,
        [property: System.Text.Json.Serialization.JsonPropertyName("headers")] Dictionary<string, System.Text.Json.JsonElement>? Headers);
}
