using System.Collections.Concurrent;
using MassTransit;

namespace PartnershipHub.Testing.Ledger;

/// <summary>
/// Counts, per event, how often the consumer ran and how often the bus finished handling a delivery (which
/// includes deliveries the inbox acknowledged without running the consumer).
/// </summary>
public sealed class ConsumeProbe : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _attempts = new();
    private readonly ConcurrentDictionary<Guid, int> _deliveries = new();
    private readonly ConcurrentDictionary<string, int> _runningByAccount = new();
    private readonly ConcurrentDictionary<string, int> _mostRunningByAccount = new();

    private int _running;
    private int _mostRunning;

    /// <summary>The most consumers that were inside their transaction at the same moment.</summary>
    public int MostRunningAtOnce => Volatile.Read(ref _mostRunning);

    /// <summary>The most consumers about <paramref name="account"/> that were inside their transaction at the same moment.</summary>
    public int MostRunningAtOnceFor(string account) => _mostRunningByAccount.GetValueOrDefault(account);

    public void Attempted(Guid eventId) => _attempts.AddOrUpdate(eventId, 1, (_, count) => count + 1);

    public void Entered(string account)
    {
        var now = Interlocked.Increment(ref _running);
        int most;
        while (now > (most = Volatile.Read(ref _mostRunning)) && Interlocked.CompareExchange(ref _mostRunning, now, most) != most)
        {
        }

        var forAccount = _runningByAccount.AddOrUpdate(account, 1, (_, count) => count + 1);
        _mostRunningByAccount.AddOrUpdate(account, forAccount, (_, before) => Math.Max(before, forAccount));
    }

    public void Left(string account)
    {
        Interlocked.Decrement(ref _running);
        _runningByAccount.AddOrUpdate(account, 0, (_, count) => count - 1);
    }

    public int AttemptsFor(Guid eventId) => _attempts.GetValueOrDefault(eventId);

    public int DeliveriesFor(Guid messageId) => _deliveries.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId is { } id)
        {
            _deliveries.AddOrUpdate(id, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
