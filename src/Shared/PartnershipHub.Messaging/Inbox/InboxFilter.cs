using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace PartnershipHub.Messaging.Inbox;

/// <summary>
/// Runs each consumer inside one database transaction that first records (message id, endpoint) as
/// processed. A redelivered or duplicated message finds its row and is acknowledged without running the
/// consumer again, so its effect is applied at most once; a consumer that throws rolls the row back with its
/// changes, so the retry starts clean. Events the consumer enqueues commit in the same transaction.
/// </summary>
public sealed partial class InboxFilter<TMessage>(
    MessagingDbContextAccessor accessor,
    InboxTransactionLimit limit,
    ILogger<InboxFilter<TMessage>> logger)
    : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id; the inbox cannot deduplicate it.");
        var consumer = context.ReceiveContext.InputAddress.AbsolutePath.Trim('/');
        var db = accessor.DbContext;
        // The whole attempt is one transaction that a failure rolls back entirely, so SaveChanges needs no
        // savepoint of its own: EF would otherwise add SAVEPOINT and RELEASE round trips to every message.
        db.Database.AutoSavepointsEnabled = false;

        using var slot = await limit.EnterAsync(context.CancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        var firstDelivery = await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO inbox_processed_messages (message_id, consumer, processed_at)
             VALUES ({messageId}, {consumer}, now())
             ON CONFLICT DO NOTHING
             """,
            context.CancellationToken) == 1;

        if (!firstDelivery)
        {
            LogDuplicate(messageId, consumer);
            await transaction.RollbackAsync(context.CancellationToken);
            return;
        }

        try
        {
            await next.Send(context);
            await db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        }
        catch
        {
            // The retry runs in this scope again: forget what the failed attempt tracked.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} was already processed by {Consumer}; skipped")]
    private partial void LogDuplicate(Guid messageId, string consumer);
}
