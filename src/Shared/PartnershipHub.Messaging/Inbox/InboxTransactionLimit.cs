using Microsoft.Extensions.Options;

namespace PartnershipHub.Messaging.Inbox;

/// <summary>The service-wide bound on concurrent consumer transactions (<see cref="MessagingOptions.MaxConcurrentTransactions"/>).</summary>
public sealed class InboxTransactionLimit(IOptions<MessagingOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentTransactions));

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Slot(_slots);
    }

    /// <summary>Takes a slot only when one is free at once.</summary>
    public bool TryEnter(out IDisposable slot)
    {
        slot = _slots.Wait(0) ? new Slot(_slots) : NoSlot.Instance;
        return slot is Slot;
    }

    public void Dispose() => _slots.Dispose();

    private sealed class NoSlot : IDisposable
    {
        public static readonly NoSlot Instance = new();

        public void Dispose()
        {
        }
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
