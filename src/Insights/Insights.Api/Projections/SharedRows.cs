using Microsoft.EntityFrameworkCore;
using PartnershipHub.Insights.Infrastructure;

namespace PartnershipHub.Insights.Projections;

/// <summary>
/// The rows deliveries about <i>different</i> inbox keys may both write: the assessment roll-up
/// (<c>assessment_quarters</c>, one row per programme, cohort, criterion and quarter), and the company and period rows a
/// placement or capacity event starts. The inbox runs the deliveries of several keys in one transaction (group commit),
/// so two transactions upserting such rows in different orders deadlocked (PostgreSQL logs that as an error). Every writer
/// of a shared row first takes this one transaction-scoped advisory lock: shared rows are then written by one transaction
/// at a time, and since a transaction takes it before any shared row, no two can wait on each other. Rows about one
/// student, company or trainer need nothing: the inbox never runs two deliveries with the same key side by side.
/// </summary>
public static class SharedRows
{
    /// <summary>The advisory lock's key (any constant the database does not use for something else: "insights").</summary>
    private const long LockKey = 0x696E_7369_6768_7473;

    /// <summary>Held until the delivery's transaction ends; taking it again in the same transaction returns at once.</summary>
    /// <remarks>
    /// The wait is neither cancelled (<paramref name="cancellationToken"/> is not passed on) nor timed out: a statement
    /// cancelled while waiting is an ERROR line in PostgreSQL's log, which an operator must be able to trust. It lasts as
    /// long as the transactions ahead of it: short one by one, but in a burst (two replicas taking in the demo data on two
    /// busy cores) a queue of group commits outlasted the 30 s command timeout, and each waiter's timeout cancelled it.
    /// </remarks>
    public static async Task LockAsync(InsightsDbContext db, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(0);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", CancellationToken.None);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }
}
