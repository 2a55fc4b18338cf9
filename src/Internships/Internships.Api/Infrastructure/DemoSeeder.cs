using PartnershipHub.Messaging;
using PartnershipHub.Persistence;

namespace PartnershipHub.Internships.Infrastructure;

/// <summary>
/// Waits in the background (never blocking start-up or health) until Students' and Companies' demo events have
/// filled the copies, then seeds once. Gives up quietly after <c>Seed:WaitMinutes</c> (default 10).
/// </summary>
internal sealed partial class DemoSeeder(InternshipsSeed seed, IConfiguration configuration, ILogger<DemoSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(configuration.GetValue("Seed:WaitMinutes", 10));
        Guid? lastPeriod = null;
        while (!stoppingToken.IsCancellationRequested && DateTime.UtcNow < deadline)
        {
            try
            {
                if (await seed.AlreadySeededAsync(stoppingToken))
                {
                    return;
                }

                // Ready twice in a row: the intakes, which follow the enrolments, have arrived too.
                var period = await seed.ReadyPeriodAsync(stoppingToken);
                if (period is not null && period == lastPeriod)
                {
                    // With replicas, one seeds; the other finds the matching run afterwards and stops.
                    await ReplicaLock.RunAsync(seed.ConnectionString, "internships-demo-seed", async () =>
                    {
                        if (!await seed.AlreadySeededAsync(stoppingToken))
                        {
                            await seed.SeedAsync(period.Value, stoppingToken);
                        }
                    }, stoppingToken);
                    return;
                }

                lastPeriod = period;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogRetry(exception);
            }

            await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
        }

        LogGaveUp();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo seed not ready or failed; trying again")]
    private partial void LogRetry(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo seed: no demo data arrived (or already seeded); not seeding")]
    private partial void LogGaveUp();
}
