using Microsoft.Extensions.Options;

namespace PartnershipHub.Internships.Features.Contacts;

/// <summary>Runs the no-contact check on an interval; a failure is logged and tried again next round.</summary>
internal sealed partial class NoRecentContactMonitor(IServiceScopeFactory scopes, IOptions<ContactOptions> options, ILogger<NoRecentContactMonitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var flagged = await scope.ServiceProvider.GetRequiredService<NoRecentContactCheck>().RunAsync(stoppingToken);
                LogFlagged(flagged);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No-contact check flagged {Count} placements")]
    private partial void LogFlagged(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No-contact check failed; trying again next round")]
    private partial void LogFailed(Exception exception);
}
