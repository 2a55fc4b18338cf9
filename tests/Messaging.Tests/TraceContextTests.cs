using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.Messaging.Tests.Harness;
using PartnershipHub.Testing;
using PartnershipHub.Testing.Ledger;
using Xunit;

namespace PartnershipHub.Messaging.Tests;

/// <summary>
/// An event published later by the outbox dispatcher still belongs to the trace of the request that committed it: an
/// operator following a request in the dashboard sees the consumers it set off in other services.
/// </summary>
public sealed class TraceContextTests : ProducerConsumerTest, IDisposable
{
    private const string RequestsSource = "PartnershipHub.Messaging.Tests.Requests";
    private static readonly ActivitySource Requests = new(RequestsSource);

    private readonly ConcurrentBag<Activity> _stopped = [];
    private readonly ActivityListener _listener;

    public TraceContextTests()
        : base("trace")
    {
        // What OpenTelemetry does in the services: record every span of these sources.
        _listener = new ActivityListener
        {
            // By name: comparing with the static source here would create it inside AddActivityListener, unheard.
            ShouldListenTo = source => source.Name is "MassTransit" or "PartnershipHub.Messaging" or RequestsSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Add,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task A_consumer_joins_the_trace_of_the_request_that_committed_the_event()
    {
        await using var consumer = await StartConsumerAsync();
        await using var producer = await StartProducerAsync();

        AmountBooked booked;
        string requestId;
        ActivityTraceId traceId;
        using (var request = Requests.StartActivity("POST /api/bookings", ActivityKind.Server)!)
        {
            booked = await producer.BookAsync("traced", 1);
            (requestId, traceId) = (request.Id!, request.TraceId);
        }

        await WaitUntilAsync(() => consumer.QueryAsync(db => db.Entries.AnyAsync(e => e.EventId == booked.EventId)));

        var row = await producer.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.MessageId == booked.EventId));
        Assert.Equal(requestId, row.TraceParent);
        // The consumer's receive span is a child of the request's span, though the dispatcher published the event.
        await WaitUntilAsync(() => Task.FromResult(ConsumerSpans(traceId).Any()));
        Assert.Contains(ConsumerSpans(traceId), span => span.ParentId == requestId);
        // The dispatcher's batch span has a trace of its own and links to the request's.
        Assert.Contains(_stopped, span => span.OperationName == "outbox publish" && span.TraceId != traceId && span.Links.Any(link => link.Context.TraceId == traceId));
    }

    [Fact]
    public async Task Events_copied_in_bulk_carry_the_trace_of_the_import()
    {
        await using var consumer = await StartConsumerAsync();
        await using var producer = await StartProducerAsync();
        List<AmountBooked> booked = [.. Enumerable.Range(0, 5).Select(i => new AmountBooked($"traced-bulk-{i}", i + 1))];

        string requestId;
        ActivityTraceId traceId;
        using (var request = Requests.StartActivity("POST /api/students/import", ActivityKind.Server)!)
        {
            await using var scope = producer.Host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await db.CopyToOutboxAsync(booked, CancellationToken.None);
                await transaction.CommitAsync();
            }

            scope.ServiceProvider.GetRequiredService<OutboxSignal>().Notify();
            (requestId, traceId) = (request.Id!, request.TraceId);
        }

        var ids = booked.Select(e => e.EventId).ToList();
        await WaitUntilAsync(() => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => ids.Contains(e.EventId)) == booked.Count));

        var rows = await producer.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => ids.Contains(m.MessageId)).ToListAsync());
        Assert.All(rows, row => Assert.Equal(requestId, row.TraceParent));
        await WaitUntilAsync(() => Task.FromResult(ConsumerSpans(traceId).Count(span => span.ParentId == requestId) >= booked.Count));
    }

    [Fact]
    public async Task An_event_committed_outside_any_trace_is_delivered_without_one()
    {
        await using var consumer = await StartConsumerAsync();
        await using var producer = await StartProducerAsync();

        Assert.Null(Activity.Current);
        var booked = await producer.BookAsync("untraced", 1);
        await WaitUntilAsync(() => consumer.QueryAsync(db => db.Entries.AnyAsync(e => e.EventId == booked.EventId)));

        var row = await producer.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.MessageId == booked.EventId));
        Assert.Null(row.TraceParent);
    }

    private IEnumerable<Activity> ConsumerSpans(ActivityTraceId traceId) =>
        _stopped.Where(span => span.Source.Name == "MassTransit" && span.Kind == ActivityKind.Consumer && span.TraceId == traceId);

    private static Task WaitUntilAsync(Func<Task<bool>> condition) =>
        Eventually.WaitUntilAsync(condition, "the event and its spans");
}
