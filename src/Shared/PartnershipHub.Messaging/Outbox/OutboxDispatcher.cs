using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnershipHub.Messaging.Inbox;

namespace PartnershipHub.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows to the broker in insertion order, in batches, marking each batch sent in
/// the same transaction that read it. While the broker is down it backs off and tries again; nothing is lost,
/// and a row published but not yet marked (a crash in between) is published again and deduplicated by the
/// consumers' inbox.
/// </summary>
internal sealed partial class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopeFactory,
    OutboxBrokerPublisher publisher,
    OutboxSignal signal,
    MessagingMetrics metrics,
    IOptions<MessagingOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    // One dispatcher per database publishes at a time, so replicas cannot interleave and reorder events.
    private const long DispatcherLockKey = 0x5048_4F55_5442_4F58;
    private static readonly TimeSpan CleanupInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var backoff = TimeSpan.Zero;
        var nextCleanup = clock.GetUtcNow();

        while (!stoppingToken.IsCancellationRequested)
        {
            int published;
            try
            {
                published = await DispatchBatchAsync(settings, stoppingToken);
                backoff = TimeSpan.Zero;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (IsSchemaMissing(exception))
            {
                // Started before the service's migrations ran (tests, a first deploy): not an error yet.
                LogWaitingForSchema();
                await DelayQuietly(settings.PollInterval, stoppingToken);
                continue;
            }
            catch (Exception exception)
            {
                backoff = backoff == TimeSpan.Zero
                    ? settings.MinBackoff
                    : TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, settings.MaxBackoff.Ticks));
                LogDispatchFailed(exception, backoff.TotalMilliseconds);
                await DelayQuietly(backoff, stoppingToken);
                continue;
            }

            if (published >= settings.BatchSize)
            {
                continue;
            }

            if (clock.GetUtcNow() >= nextCleanup)
            {
                await CleanupQuietly(settings, stoppingToken);
                nextCleanup = clock.GetUtcNow() + CleanupInterval;
            }

            try
            {
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<int> DispatchBatchAsync(MessagingOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var locked = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({DispatcherLockKey}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!locked)
        {
            return 0;
        }

        var batch = await db.Set<OutboxMessage>()
            .AsNoTracking()
            .Where(m => m.SentAt == null)
            .OrderBy(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        // A row no code here can read would block every later event forever; set it aside loudly instead.
        var undeliverable = new List<long>();
        var deliverable = new List<OutboxMessage>(batch.Count);
        foreach (var row in batch)
        {
            if (publisher.CanRoute(row.MessageType))
            {
                deliverable.Add(row);
            }
            else
            {
                LogUndeliverable(row.Id, row.MessageType);
                undeliverable.Add(row.Id);
            }
        }

        var results = await publisher.PublishAsync(deliverable, settings.PublishTimeout, cancellationToken);
        var sent = new List<long>(deliverable.Count);
        var failed = new List<(long RowId, Exception Error)>();
        for (var i = 0; i < deliverable.Count; i++)
        {
            if (results[i] is { } error)
            {
                failed.Add((deliverable[i].Id, error));
            }
            else
            {
                sent.Add(deliverable[i].Id);
            }
        }

        foreach (var (rowId, error) in failed)
        {
            await RecordFailureAsync(db, rowId, error, cancellationToken);
        }

        var now = clock.GetUtcNow();
        if (sent.Count > 0)
        {
            await db.Set<OutboxMessage>()
                .Where(m => sent.Contains(m.Id))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.SentAt, now)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        }

        if (undeliverable.Count > 0)
        {
            await db.Set<OutboxMessage>()
                .Where(m => undeliverable.Contains(m.Id))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.SentAt, now)
                    .SetProperty(m => m.LastError, "undeliverable: the message type or payload cannot be read"), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        metrics.Published(sent.Count);
        metrics.PublishFailed(failed.Count);
        for (var i = 0; i < deliverable.Count; i++)
        {
            if (results[i] is null)
            {
                metrics.WaitedInOutbox(now - deliverable[i].OccurredAt);
            }
        }

        if (failed.Count > 0)
        {
            throw new OutboxPublishException(sent.Count, failed[0].Error);
        }

        return sent.Count + undeliverable.Count;
    }

    private static Task RecordFailureAsync(TDbContext db, long rowId, Exception exception, CancellationToken cancellationToken)
    {
        var error = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
        return db.Set<OutboxMessage>()
            .Where(m => m.Id == rowId)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LastError, error), cancellationToken);
    }

    private async Task CleanupQuietly(MessagingOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            var now = clock.GetUtcNow();
            var sentBefore = now - settings.SentRetention;
            var processedBefore = now - settings.InboxRetention;
            await db.Set<OutboxMessage>().Where(m => m.SentAt < sentBefore).ExecuteDeleteAsync(cancellationToken);
            await db.Set<ProcessedMessage>().Where(m => m.ProcessedAt < processedBefore).ExecuteDeleteAsync(cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogCleanupFailed(exception);
        }
    }

    private static bool IsSchemaMissing(Exception exception) =>
        exception is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UndefinedTable }
        || exception.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UndefinedTable };

    private static async Task DelayQuietly(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down; the loop condition ends the dispatcher.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox dispatch failed; retrying in {BackoffMs} ms")]
    private partial void LogDispatchFailed(Exception exception, double backoffMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The outbox table does not exist yet; waiting for migrations")]
    private partial void LogWaitingForSchema();

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox row {RowId} of type {MessageType} cannot be read by this service and is set aside")]
    private partial void LogUndeliverable(long rowId, string messageType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox and inbox cleanup failed")]
    private partial void LogCleanupFailed(Exception exception);
}
