using Microsoft.Extensions.Options;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Signals;

/// <summary>Evaluates the time-based rules periodically (overdue reviews, no contact, hours behind, early-leaving watch).</summary>
public sealed partial class SignalSweep(IServiceScopeFactory scopes, TimeProvider clock, IOptions<SignalOptions> options, ILogger<SignalSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.SweepInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(scopes, clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may still be migrating or briefly away; the next tick tries again.
                LogSweepFailed(exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public static async Task RunOnceAsync(IServiceScopeFactory scopes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SignalRules>().SweepAsync(now, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<Absence.AbsenceSignalRule>().SweepAsync(now, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signal sweep failed; retrying at the next interval")]
    private partial void LogSweepFailed(Exception exception);
}
