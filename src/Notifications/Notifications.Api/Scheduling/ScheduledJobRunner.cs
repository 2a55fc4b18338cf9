using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Scheduling;

public sealed class SchedulerOptions
{
    public const string SectionName = "Notifications:Scheduler";

    /// <summary>How often the runner looks for due jobs.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Off in tests that run jobs by hand (<see cref="ScheduledJobRunner.RunDueJobsAsync"/>).</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>
/// Runs every registered <see cref="IScheduledJob"/> when its time in <c>scheduled_jobs</c> has come. The row is taken
/// with <c>FOR UPDATE SKIP LOCKED</c> inside the run's transaction, so a second replica skips a job the first is running
/// and a restart finds the schedule where the last committed run left it.
/// </summary>
public sealed class ScheduledJobRunner(
    IServiceScopeFactory scopes,
    IEnumerable<IScheduledJob> jobs,
    TimeProvider time,
    IOptions<SchedulerOptions> options,
    ILogger<ScheduledJobRunner> logger) : BackgroundService
{
    private static readonly string Runner = $"{Environment.MachineName}:{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await RunDueJobsAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (IsNotMigratedYet(e))
            {
                // A brand-new database the host has not migrated yet: nothing to run until it has.
                logger.LogDebug("The schedule table does not exist yet; waiting for the migration.");
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or DbUpdateException)
            {
                // The database is unreachable or a run failed on it: the run committed nothing and is tried again.
                logger.LogWarning(e, "A scheduled run could not finish; it runs again at the next poll.");
            }
            catch (Exception e)
            {
                // A fault in a job's own code: its run committed nothing and the other jobs keep their schedule. This is
                // a bug to look at, so it is an error, but it does not stop the service.
                logger.LogError(e, "A scheduled job failed; it runs again at the next poll.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Runs each job whose time has come (and that no other replica is running); returns the names it ran.</summary>
    public async Task<IReadOnlyList<string>> RunDueJobsAsync(CancellationToken cancellationToken)
    {
        var ran = new List<string>();
        foreach (var job in jobs)
        {
            if (await RunIfDueAsync(job, cancellationToken))
            {
                ran.Add(job.Name);
            }
        }

        return ran;
    }

    private async Task<bool> RunIfDueAsync(IScheduledJob job, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var now = time.GetUtcNow();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO scheduled_jobs (name, next_run_at) VALUES ({job.Name}, {now}) ON CONFLICT (name) DO NOTHING",
            cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var row = await db.Jobs
            .FromSqlInterpolated($"SELECT * FROM scheduled_jobs WHERE name = {job.Name} AND next_run_at <= {now} FOR UPDATE SKIP LOCKED")
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return false;
        }

        var watch = Stopwatch.StartNew();
        row.LastStartedAt = now;
        row.LastRunBy = Runner;
        await job.RunAsync(db, now, cancellationToken);
        row.NextRunAt = job.NextRunAfter(now);
        row.LastFinishedAt = time.GetUtcNow();
        row.LastDurationMs = watch.ElapsedMilliseconds;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Scheduled job {Job} ran in {Milliseconds} ms; next run {NextRun:u}.", job.Name, watch.ElapsedMilliseconds, row.NextRunAt);
        return true;
    }

    private static bool IsNotMigratedYet(Exception e) =>
        e is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable }
        || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable };
}
