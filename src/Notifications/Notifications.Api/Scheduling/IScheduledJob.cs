using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Scheduling;

/// <summary>
/// Work the service does on its own on a schedule (due items, escalation, digests). A run happens inside the
/// transaction that moves the job's <c>next_run_at</c> on, holding its row lock: with two replicas exactly one runs it,
/// and a run that crashes half-way commits nothing and runs again. A run must therefore be idempotent and make its
/// changes through <paramref name="db"/> (the runner saves them).
/// </summary>
public interface IScheduledJob
{
    string Name { get; }

    /// <summary>When to run next after a run at <paramref name="now"/>.</summary>
    DateTimeOffset NextRunAfter(DateTimeOffset now);

    Task RunAsync(NotificationsDbContext db, DateTimeOffset now, CancellationToken cancellationToken);
}
