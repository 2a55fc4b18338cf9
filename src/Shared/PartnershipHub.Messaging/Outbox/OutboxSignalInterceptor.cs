using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PartnershipHub.Messaging.Outbox;

/// <summary>
/// Notifies <see cref="OutboxSignal"/> once outbox rows are durable: after SaveChanges when it ran in its own
/// transaction, or after the surrounding transaction commits (the inbox filter's, or one the caller began).
/// </summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();
    private readonly ConditionalWeakTable<DbContext, object> _contextsWithPendingEvents = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        MarkIfEventsAdded(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        MarkIfEventsAdded(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Unmark(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Unmark(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => NotifyIfMarked(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        NotifyIfMarked(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Unmark(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Unmark(eventData.Context);
        return Task.CompletedTask;
    }

    private void MarkIfEventsAdded(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            _contextsWithPendingEvents.AddOrUpdate(context, Marker);
        }
    }

    private void NotifyIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            NotifyIfMarked(context);
        }
    }

    /// <summary>The context's changes were committed by a transaction another context began (the inbox's shared one).</summary>
    internal void CommittedElsewhere(DbContext context) => NotifyIfMarked(context);

    internal void RolledBackElsewhere(DbContext context) => Unmark(context);

    private void NotifyIfMarked(DbContext? context)
    {
        if (context is not null && _contextsWithPendingEvents.Remove(context))
        {
            signal.Notify();
        }
    }

    private void Unmark(DbContext? context)
    {
        if (context is not null)
        {
            _contextsWithPendingEvents.Remove(context);
        }
    }
}
