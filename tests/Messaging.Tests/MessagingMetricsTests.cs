using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Messaging.Tests.Harness;
using PartnershipHub.Testing;
using PartnershipHub.Testing.Ledger;
using Xunit;

namespace PartnershipHub.Messaging.Tests;

/// <summary>The outbox's and the inbox's figures on the PartnershipHub.Messaging meter, per service.</summary>
public sealed class MessagingMetricsTests() : ProducerConsumerTest("metrics")
{

    [Fact]
    public async Task An_operator_sees_events_leave_the_outbox_how_long_they_waited_and_how_deliveries_ended()
    {
        using var measurements = new Measurements();
        var settings = new Dictionary<string, string?> { ["Messaging:MaxConcurrentTransactions"] = "1" };
        await using var consumer = await StartConsumerAsync(settings);
        await using var producer = await StartProducerAsync();

        var holder = new AmountBooked("metrics-holder", 1, HoldMs: 300);
        var healthy = Enumerable.Range(0, 20).Select(i => new AmountBooked($"metrics-{i}", i)).ToList();
        var poison = new AmountBooked("metrics-poison", 13, Poison: true);
        await producer.PublishTogetherAsync([holder, .. healthy, poison]);
        var applied = healthy.Select(h => h.EventId).Append(holder.EventId).ToList();
        await Eventually.WaitUntilAsync(
            () => consumer.QueryAsync(async db => await db.Entries.CountAsync(e => applied.Contains(e.EventId)) == applied.Count),
            "every healthy event applied");
        await Eventually.WaitUntilAsync(() => Broker.ErrorQueueHoldsAsync(poison.EventId), "the poison event in the error queue");

        var producerMeters = producer.Host.Services.GetRequiredService<IMeterFactory>();
        var consumerMeters = consumer.Host.Services.GetRequiredService<IMeterFactory>();
        // All 22 left the producer's outbox once, each with the time it waited there; the consumer published nothing.
        Assert.Equal(22, measurements.Sum(producerMeters, "partnershiphub.outbox.published"));
        Assert.Equal(0, measurements.Sum(producerMeters, "partnershiphub.outbox.publish_failures"));
        var waits = measurements.Values(producerMeters, "partnershiphub.outbox.wait");
        Assert.Equal(22, waits.Count);
        Assert.All(waits, wait => Assert.InRange(wait, 0, 30));
        Assert.Equal(0, measurements.Sum(consumerMeters, "partnershiphub.outbox.published"));

        // Each healthy delivery committed once; the poison one failed on each of its three attempts.
        Assert.Equal(applied.Count, measurements.Sum(consumerMeters, "partnershiphub.inbox.deliveries", "committed"));
        Assert.Equal(3, measurements.Sum(consumerMeters, "partnershiphub.inbox.deliveries", "failed"));
        // Behind the slow first delivery the rest waited together and shared transactions.
        Assert.Contains(measurements.Values(consumerMeters, "partnershiphub.inbox.batch.size"), size => size > 1);
    }

    /// <summary>Everything recorded on the PartnershipHub.Messaging meters, by the meter factory (the host) that made them.</summary>
    private sealed class Measurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(object? Scope, string Name, string? Outcome, double Value)> _recorded = new();

        public Measurements()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == MessagingMetrics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
            _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
            _listener.Start();
        }

        public double Sum(IMeterFactory host, string name, string? outcome = null) =>
            _recorded.Where(m => m.Scope == host && m.Name == name && (outcome is null || m.Outcome == outcome)).Sum(m => m.Value);

        public List<double> Values(IMeterFactory host, string name) =>
            _recorded.Where(m => m.Scope == host && m.Name == name).Select(m => m.Value).ToList();

        public void Dispose() => _listener.Dispose();

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            string? outcome = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "outcome")
                {
                    outcome = tag.Value as string;
                }
            }

            _recorded.Enqueue((instrument.Meter.Scope, instrument.Name, outcome, value));
        }
    }
}
