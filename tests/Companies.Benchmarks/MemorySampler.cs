using System.Diagnostics;

namespace PartnershipHub.Companies.Benchmarks;

/// <summary>Samples this process's working set while a measurement runs; the OS high-water mark can miss nothing, sampling shows the window.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public MemorySampler() => _sampling = Task.Run(SampleAsync);

    public long MaxWorkingSet { get; private set; }

    public long StartWorkingSet { get; } = Process.GetCurrentProcess().WorkingSet64;

    private async Task SampleAsync()
    {
        using var process = Process.GetCurrentProcess();
        while (!_stop.IsCancellationRequested)
        {
            process.Refresh();
            MaxWorkingSet = Math.Max(MaxWorkingSet, process.WorkingSet64);
            try
            {
                await Task.Delay(20, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        await _stop.CancelAsync();
        await _sampling;
    }
}
