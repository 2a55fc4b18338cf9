using System.Diagnostics.Metrics;

namespace PartnershipHub.Messaging;

/// <summary>
/// The outbox's and the inbox's own figures on the <c>PartnershipHub.Messaging</c> meter (exported by ServiceDefaults):
/// whether events leave the outbox, how long they waited there, and how the inbox's batches end. MassTransit's meter
/// covers the broker side.
/// </summary>
public sealed class MessagingMetrics
{
    public const string MeterName = "PartnershipHub.Messaging";

    private readonly Counter<long> _published;
    private readonly Counter<long> _publishFailures;
    private readonly Histogram<double> _outboxWait;
    private readonly Counter<long> _deliveries;
    private readonly Histogram<int> _batchSize;

    public MessagingMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _published = meter.CreateCounter<long>(
            "partnershiphub.outbox.published", "{event}", "Events the outbox dispatcher published and marked sent.");
        _publishFailures = meter.CreateCounter<long>(
            "partnershiphub.outbox.publish_failures", "{event}", "Events the broker did not confirm; they stay in the outbox and are retried.");
        _outboxWait = meter.CreateHistogram<double>(
            "partnershiphub.outbox.wait", "s", "From when an event was raised (and committed with its change) to its publication: grows when the outbox backs up.");
        _deliveries = meter.CreateCounter<long>(
            "partnershiphub.inbox.deliveries", "{delivery}", "How inbox deliveries ended: committed, duplicate, failed, or rerun alone after their batch rolled back.");
        _batchSize = meter.CreateHistogram<int>(
            "partnershiphub.inbox.batch.size", "{delivery}", "Deliveries sharing one consumer transaction.");
    }

    internal void Published(int count)
    {
        if (count > 0)
        {
            _published.Add(count);
        }
    }

    internal void PublishFailed(int count)
    {
        if (count > 0)
        {
            _publishFailures.Add(count);
        }
    }

    internal void WaitedInOutbox(TimeSpan wait) => _outboxWait.Record(Math.Max(0, wait.TotalSeconds));

    internal void Delivered(string outcome, int count = 1)
    {
        if (count > 0)
        {
            _deliveries.Add(count, new KeyValuePair<string, object?>("outcome", outcome));
        }
    }

    internal void BatchRan(int deliveries) => _batchSize.Record(deliveries);

    internal static class Outcome
    {
        public const string Committed = "committed";
        public const string Duplicate = "duplicate";
        public const string Failed = "failed";
        public const string RerunAlone = "rerun_alone";

        /// <summary>Ran again together after another delivery of its batch failed and was taken out.</summary>
        public const string Rerun = "rerun";
    }
}
