using MassTransit;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Messaging;

namespace PartnershipHub.Testing.Ledger;

/// <summary>Applies a booking to the consumer's ledger: one row per applied event, so duplicates would show as extra rows.</summary>
public sealed class AmountBookedConsumer(LedgerDbContext db, ConsumeProbe probe) : IConsumer<AmountBooked>
{
    public async Task Consume(ConsumeContext<AmountBooked> context)
    {
        probe.Attempted(context.Message.EventId);
        if (context.Message.Poison)
        {
            throw new InvalidOperationException($"Booking {context.Message.EventId} can never be applied.");
        }

        if (context.Message.SwallowDbError)
        {
            try
            {
                await db.Database.ExecuteSqlRawAsync("SELECT 1 / 0", context.CancellationToken);
            }
            catch (Npgsql.PostgresException)
            {
                // Swallowed, as careless code might: the shared transaction is aborted all the same.
                if (context.Message.GiveUpAfterSwallowing)
                {
                    return;
                }
            }
        }

        if (context.Message.BeginOwnTransaction)
        {
            await db.Database.BeginTransactionAsync(context.CancellationToken);
        }

        if (context.Message.HoldMs > 0)
        {
            probe.Entered(context.Message.Account);
            try
            {
                await Task.Delay(context.Message.HoldMs, context.CancellationToken);
            }
            finally
            {
                probe.Left(context.Message.Account);
            }
        }

        foreach (var locked in context.Message.LockAccounts ?? [])
        {
            await db.Entries.FromSql($"SELECT * FROM ledger_entries WHERE account = {locked} FOR UPDATE").ToListAsync(context.CancellationToken);
            await Task.Delay(200, context.CancellationToken);
        }

        var account = context.Message.Account;
        int? seenBefore = context.Message.CountBefore
            ? await db.Entries.CountAsync(e => e.Account == account, context.CancellationToken)
            : null;
        db.Entries.Add(new LedgerEntry
        {
            EventId = context.Message.EventId,
            Account = context.Message.FailOnSave ? new string('x', LedgerDbContext.MaxAccountLength + 1) : account,
            Amount = context.Message.Amount,
            AppliedAt = DateTimeOffset.UtcNow,
            SeenBefore = seenBefore,
        });
        if (context.Message.Forward)
        {
            db.EnqueueEvent(new AmountBooked($"next-{account}", context.Message.Amount));
        }
    }
}
