namespace PartnershipHub.Messaging.Outbox;

/// <summary>Wakes the dispatcher as soon as events are committed, so latency is not bound to the poll interval.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    public void Notify()
    {
        // One pending wake-up is enough: the dispatcher drains everything committed so far.
        if (_pending.CurrentCount == 0)
        {
            try
            {
                _pending.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another thread released first; that wake-up covers this commit too.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pending.WaitAsync(timeout, cancellationToken);
}
