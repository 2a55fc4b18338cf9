using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Internal;

namespace PartnershipHub.Messaging.Inbox;

/// <summary>
/// Holds consumers to the inbox's rules while they run (docs/building-a-service.md, "Events"), so a consumer that breaks
/// one fails at once with a sentence naming the rule, in tests and in production alike, instead of a batch failing later
/// with "current transaction is aborted" or, worse, its effect silently lost:
/// <list type="bullet">
/// <item>a consumer never begins, commits or rolls back a transaction: the inbox's transaction holds the delivery's
/// effect and its processed row together;</item>
/// <item>a consumer never carries on after a database error: PostgreSQL aborts the shared transaction, so the error
/// must reach the inbox, which runs the delivery again.</item>
/// </list>
/// The third rule, reading only through EF (never through a connection of its own), is the document's alone: a
/// connection opened past EF cannot be seen from here.
/// </summary>
public sealed class InboxRules : IDbTransactionInterceptor, IDbCommandInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Watch> _watched = new();

    /// <summary>Watches the delivery's context while its consumer runs; dispose when the consumer returned.</summary>
    internal Watch Begin(DbContext context, string consumer)
    {
        var watch = new Watch(this, context, consumer);
        _watched.AddOrUpdate(context, watch);
        return watch;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Refuse(eventData.Context, "began a transaction of its own");
        return result;
    }

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Refuse(eventData.Context, "began a transaction of its own");
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Refuse(eventData.Context, "committed the inbox's transaction");
        return result;
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Refuse(eventData.Context, "committed the inbox's transaction");
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionRollingBack(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Refuse(eventData.Context, "rolled back the inbox's transaction");
        return result;
    }

    public ValueTask<InterceptionResult> TransactionRollingBackAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Refuse(eventData.Context, "rolled back the inbox's transaction");
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Record(eventData);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Record(eventData);
        return Task.CompletedTask;
    }

    private void Record(CommandErrorEventData eventData)
    {
        if (eventData.Context is { } context && _watched.TryGetValue(context, out var watch))
        {
            watch.FirstDatabaseError ??= eventData.Exception;
        }
    }

    private void Refuse(DbContext? context, string what)
    {
        if (context is not null && _watched.TryGetValue(context, out var watch))
        {
            throw Violation(watch.Consumer, what);
        }
    }

    private static InboxRuleViolationException Violation(string consumer, string what) =>
        new($"Consumer {consumer} {what}. The inbox runs every consumer inside its own transaction, which also records the " +
            "delivery as processed: a consumer only changes its DbContext and lets the inbox save and commit.");

    public sealed class Watch(InboxRules rules, DbContext context, string consumer) : IDisposable
    {
        public string Consumer => consumer;

        public Exception? FirstDatabaseError { get; set; }

        /// <summary>Throws when the consumer returned normally after a statement of its failed.</summary>
        public void EnsureNoSwallowedError()
        {
            if (FirstDatabaseError is { } error)
            {
                throw new InboxRuleViolationException(
                    $"Consumer {consumer} caught a database error and carried on ({error.Message}). PostgreSQL aborts the " +
                    "inbox's transaction on an error, so the consumer's effect would be lost: let the error reach the inbox, " +
                    "which runs the delivery again.");
            }
        }

        /// <summary>
        /// EF refuses a second transaction on the shared connection before any interceptor hears of it; its sentence names
        /// EF's state, this one the rule the consumer broke.
        /// </summary>
        public bool IsOwnTransaction(Exception exception, out InboxRuleViolationException violation)
        {
#pragma warning disable EF1001 // EF's own sentence for the refusal, so nothing else is mistaken for it.
            var ownTransaction = exception is InvalidOperationException && exception.Message == RelationalStrings.TransactionAlreadyStarted;
#pragma warning restore EF1001
            violation = Violation(consumer, "began a transaction of its own");
            return ownTransaction;
        }

        public void Dispose() => rules._watched.Remove(context);
    }
}
