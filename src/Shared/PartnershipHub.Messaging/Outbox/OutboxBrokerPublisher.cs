using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using MassTransit;
using MassTransit.Logging;
using MassTransit.RabbitMqTransport.Topology;
using RabbitMQ.Client;

namespace PartnershipHub.Messaging.Outbox;

/// <summary>
/// Puts stored outbox rows on the broker as MassTransit messages without turning them back into objects: the row's
/// JSON goes into MassTransit's envelope as it is, on the exchange MassTransit itself would publish that event type
/// to, with the same exchanges and bindings declared. Consumers cannot tell these messages from <c>IBus.Publish</c>.
/// Publishing through MassTransit cost ~100 µs of CPU per event (deserialising the row, building the send pipeline,
/// serialising the envelope again), which an import of 20,000 rows paid on the same cores as the import itself;
/// see docs/decisions/0012.
/// </summary>
internal sealed class OutboxBrokerPublisher(IBus bus, BrokerAddress broker, string serviceName) : IAsyncDisposable
{
    private const string EnvelopeContentType = "application/vnd.masstransit+json";

    /// <summary>Registered with OpenTelemetry by ServiceDefaults; one span per dispatched batch.</summary>
    private static readonly ActivitySource Telemetry = new("PartnershipHub.Messaging");

    private static readonly MethodInfo DescribeMethod =
        typeof(OutboxBrokerPublisher).GetMethod(nameof(Describe), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly ConcurrentDictionary<string, Route> _routes = new();
    private readonly HashSet<string> _declared = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private IChannel? _channel;

    /// <summary>Whether this service can read the row's type; a row it cannot read is set aside by the dispatcher.</summary>
    public bool CanRoute(string messageType) => TryGetRoute(messageType, out _);

    /// <summary>
    /// Publishes the rows in the order given, pipelined, each confirmed by the broker. Answers per row whether the
    /// broker confirmed it; a failure drops the connection, so the next batch starts on a fresh one.
    /// </summary>
    public async Task<IReadOnlyList<Exception?>> PublishAsync(
        IReadOnlyList<OutboxMessage> rows, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // Its own trace (the dispatcher serves every request), linked to the traces whose events it carries.
        using var activity = Telemetry.HasListeners()
            ? Telemetry.StartActivity("outbox publish", ActivityKind.Producer, parentContext: default, links: TraceLinks(rows))
            : null;
        activity?.SetTag("messaging.system", "rabbitmq");
        activity?.SetTag("messaging.batch.message_count", rows.Count);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            using var publishTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            publishTimeout.CancelAfter(timeout);
            var channel = await OpenChannelAsync(publishTimeout.Token);

            var sentAt = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            var publishes = new Task[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                if (!TryGetRoute(row.MessageType, out var route))
                {
                    publishes[i] = Task.FromException(new InvalidOperationException($"Outbox message type '{row.MessageType}' is not known to this service."));
                    continue;
                }

                await DeclareAsync(channel, route, publishTimeout.Token);
                var properties = new BasicProperties
                {
                    ContentType = EnvelopeContentType,
                    MessageId = row.MessageId.ToString(),
                    Persistent = true,
                };
                if (row.TraceParent is { } traceParent)
                {
                    // The header MassTransit reads a consumer's parent trace from: the consume spans join the trace
                    // of the request that committed the event.
                    properties.Headers = new Dictionary<string, object?> { [DiagnosticHeaders.ActivityId] = traceParent };
                }
                publishes[i] = channel
                    .BasicPublishAsync(route.Exchange, "", false, properties, Envelope(route.MessageTypesJson, row.MessageId, row.Payload, sentAt), publishTimeout.Token)
                    .AsTask();
            }

            var results = new Exception?[rows.Count];
            for (var i = 0; i < publishes.Length; i++)
            {
                try
                {
                    await publishes[i];
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                {
                    results[i] = exception;
                }
            }

            var failures = results.Count(r => r is not null);
            if (failures > 0)
            {
                activity?.SetStatus(ActivityStatusCode.Error, $"{failures} of {rows.Count} not confirmed by the broker");
                await DropConnectionAsync();
            }

            return results;
        }
        catch
        {
            await DropConnectionAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DropConnectionAsync();
        _gate.Dispose();
    }

    private static List<ActivityLink> TraceLinks(IReadOnlyList<OutboxMessage> rows)
    {
        var links = new List<ActivityLink>();
        var seen = new HashSet<ActivityTraceId>();
        foreach (var row in rows)
        {
            // An import enqueues thousands of rows under one request: one link per trace is enough.
            if (row.TraceParent is { } traceParent && ActivityContext.TryParse(traceParent, null, out var context) && seen.Add(context.TraceId))
            {
                links.Add(new ActivityLink(context));
            }
        }

        return links;
    }

    /// <summary>
    /// The body MassTransit's envelope serializer reads: the stored JSON is the <c>message</c> as written by
    /// <see cref="EventSerializer"/> (camelCase, enums as numbers, which MassTransit reads the same way), and
    /// <c>messageType</c> lists the type's message URNs exactly as MassTransit would.
    /// </summary>
    internal static byte[] Envelope(string messageTypesJson, Guid messageId, string payload, string sentAt) =>
        Encoding.UTF8.GetBytes(string.Concat(
            "{\"messageId\":\"", messageId.ToString(), "\",",
            messageTypesJson,
            ",\"sentTime\":\"", sentAt, "\",\"message\":", payload, "}"));

    /// <summary>The envelope's <c>"messageType":[…]</c> member for an event type.</summary>
    internal static string MessageTypesJson(Type eventType) =>
        "\"messageType\":" + System.Text.Json.JsonSerializer.Serialize(MessageTypeCache.GetMessageTypeNames(eventType));

    private bool TryGetRoute(string messageType, out Route route)
    {
        if (_routes.TryGetValue(messageType, out route!))
        {
            return true;
        }

        var type = EventSerializer.TryResolve(messageType);
        if (type is null || !type.IsClass)
        {
            return false;
        }

        route = (Route)DescribeMethod.MakeGenericMethod(type).Invoke(null, [bus.Topology])!;
        _routes[messageType] = route;
        return true;
    }

    private static Route Describe<T>(IBusTopology topology) where T : class
    {
        var publish = ((IRabbitMqBusTopology)topology).Publish<T>();
        return new Route(publish.Exchange.ExchangeName, MessageTypesJson(typeof(T)), publish.GetBrokerTopology());
    }

    private async Task DeclareAsync(IChannel channel, Route route, CancellationToken cancellationToken)
    {
        if (_declared.Contains(route.Exchange))
        {
            return;
        }

        // The same declarations MassTransit makes before its first publish of the type; redeclaring is harmless.
        foreach (var exchange in route.Topology.Exchanges)
        {
            await channel.ExchangeDeclareAsync(exchange.ExchangeName, exchange.ExchangeType, exchange.Durable, exchange.AutoDelete,
                exchange.ExchangeArguments, cancellationToken: cancellationToken);
        }

        foreach (var binding in route.Topology.ExchangeBindings)
        {
            await channel.ExchangeBindAsync(binding.Destination.ExchangeName, binding.Source.ExchangeName, binding.RoutingKey,
                binding.Arguments, cancellationToken: cancellationToken);
        }

        _declared.Add(route.Exchange);
    }

    private async Task<IChannel> OpenChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true })
        {
            return _channel;
        }

        await DropConnectionAsync();
        var factory = new ConnectionFactory
        {
            HostName = broker.Host,
            Port = broker.Port,
            VirtualHost = broker.VirtualHost,
            UserName = broker.Username,
            Password = broker.Password,
            ClientProvidedName = $"{serviceName}-outbox",
            // The dispatcher retries with back-off and reconnects itself; the client's own recovery would hide that.
            AutomaticRecoveryEnabled = false,
            TopologyRecoveryEnabled = false,
        };
        _connection = await factory.CreateConnectionAsync(cancellationToken);
        _channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(
                publisherConfirmationsEnabled: true,
                publisherConfirmationTrackingEnabled: true,
                // The dispatcher's batch size already bounds what is in flight.
                outstandingPublisherConfirmationsRateLimiter: null),
            cancellationToken);
        return _channel;
    }

    private async Task DropConnectionAsync()
    {
        _declared.Clear();
        var channel = _channel;
        var connection = _connection;
        _channel = null;
        _connection = null;
        try
        {
            if (channel is not null)
            {
                await channel.DisposeAsync();
            }

            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
        catch (Exception)
        {
            // Already broken; a fresh connection is made on the next batch.
        }
    }

    private sealed record Route(string Exchange, string MessageTypesJson, BrokerTopology Topology);
}
