using System.Runtime.ExceptionServices;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PartnershipHub.Messaging.Inbox;

/// <summary>
/// Runs each consumer inside a database transaction that also records (message id, endpoint) as processed. A
/// redelivered or duplicated message finds its row and is acknowledged without running the consumer again, so its
/// effect is applied at most once; a consumer that throws rolls the row back with its changes, so the retry starts
/// clean. Events the consumer enqueues commit in the same transaction. Deliveries waiting at the same moment share
/// one transaction (<see cref="InboxBatcher"/>); a failing one still fails alone. A message registered with an
/// <see cref="InboxKey{TMessage}"/> never runs while another delivery with the same key is in an open transaction.
/// </summary>
public sealed partial class InboxFilter<TMessage>(
    MessagingDbContextAccessor accessor,
    InboxBatcher batcher,
    InboxRules rules,
    ILogger<InboxFilter<TMessage>> logger,
    InboxKey<TMessage>? key = null)
    : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id; the inbox cannot deduplicate it.");
        var consumer = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/');
        var db = accessor.DbContext;
        // The whole attempt runs in one transaction that a failure rolls back entirely, so SaveChanges needs no
        // savepoint of its own: EF would otherwise add SAVEPOINT and RELEASE round trips to every message.
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await RunTurnsAsync(context, next, messageId, consumer, db);
        }
        finally
        {
            // Contexts are pooled: the next lease (an HTTP request, say) gets the setting it had back.
            db.Database.AutoSavepointsEnabled = savepoints;
        }
    }

    private async Task RunTurnsAsync(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next, Guid messageId, string consumer, DbContext db)
    {
        var turn = batcher.Enqueue(messageId, consumer, db, key?.Of(context.Message));
        while (true)
        {
            switch (await turn.NextAsync())
            {
                case InboxTurnOutcome.Run:
                    try
                    {
                        using (var watch = rules.Begin(db, consumer))
                        {
                            try
                            {
                                await next.Send(context);
                            }
                            catch (Exception exception) when (watch.IsOwnTransaction(exception, out var violation))
                            {
                                throw violation;
                            }

                            watch.EnsureNoSwallowedError();
                        }

                        if (turn.WriteBehind?.TryTake(db) != true)
                        {
                            await db.SaveChangesAsync(context.CancellationToken);
                        }

                        turn.ReportRan(null);
                    }
                    catch (Exception exception)
                    {
                        // The retry runs in this scope again: forget what the failed attempt tracked.
                        db.ChangeTracker.Clear();
                        turn.ReportRan(exception);
                    }

                    break;
                case InboxTurnOutcome.Duplicate:
                    LogDuplicate(messageId, consumer);
                    return;
                case InboxTurnOutcome.Committed:
                    return;
                case InboxTurnOutcome.Failed:
                    ExceptionDispatchInfo.Throw(turn.Failure!);
                    return;
            }
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} was already processed by {Consumer}; skipped")]
    private partial void LogDuplicate(Guid messageId, string consumer);
}
