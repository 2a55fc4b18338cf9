using Microsoft.EntityFrameworkCore;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Tests.Projections;

/// <summary>
/// The shared rows' lock waits as long as the transactions ahead of it. In CI two replicas taking in the demo data on two
/// busy cores queued for longer than the 30 s command timeout, and every waiter's timeout cancelled its statement: an
/// ERROR line in PostgreSQL's log and a failed delivery.
/// </summary>
public sealed class SharedRowsLockTests(InsightsApiFixture fixture) : IClassFixture<InsightsApiFixture>
{
    [Fact]
    public async Task A_wait_for_the_shared_rows_outlasts_the_command_timeout_and_ends_when_the_holder_commits()
    {
        await fixture.InDatabaseAsync(async holder =>
        {
            await using var holding = await holder.Database.BeginTransactionAsync();
            await SharedRows.LockAsync(holder, CancellationToken.None);

            var waiter = fixture.InDatabaseAsync(async db =>
            {
                db.Database.SetCommandTimeout(1);
                await using var waiting = await db.Database.BeginTransactionAsync();
                await SharedRows.LockAsync(db, CancellationToken.None);
                await waiting.CommitAsync();
                return db.Database.GetCommandTimeout();
            });

            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.False(waiter.IsCompleted, "the second transaction got the lock while the first held it");
            await holding.CommitAsync();

            // It got the lock once the holder committed, three times its command timeout later, and the context's timeout
            // is as it was for the statements after it.
            Assert.Equal(1, await waiter.WaitAsync(TimeSpan.FromSeconds(30)));
            return 0;
        });
    }
}
