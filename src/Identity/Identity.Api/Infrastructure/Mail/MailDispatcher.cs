using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Identity.Infrastructure;

namespace PartnershipHub.Identity.Infrastructure.Mail;

/// <summary>
/// Sends queued mail after the transaction that queued it committed. Replicas share the work: each takes rows
/// with <c>FOR UPDATE SKIP LOCKED</c>, so no mail goes out twice.
/// </summary>
internal sealed partial class MailDispatcher(
    IServiceScopeFactory scopes,
    IMailSender sender,
    IOptions<MailSettings> settings,
    TimeProvider time,
    ILogger<MailDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendBatchAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be down or not migrated yet; try again next round.
                LogRoundFailed(exception);
            }

            await Task.Delay(settings.Value.PollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var batch = await db.QueuedMails
            .FromSql($"SELECT * FROM queued_mails WHERE next_attempt_at IS NULL OR next_attempt_at <= {now} ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);

        foreach (var mail in batch)
        {
            try
            {
                await sender.SendAsync(mail.ToMail(), cancellationToken);
                db.QueuedMails.Remove(mail);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                mail.Failed(exception.Message, now);
                LogSendFailed(exception, mail.Id, mail.Attempts);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count(m => m.Attempts == 0);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail dispatch round failed")]
    private partial void LogRoundFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending queued mail {MailId} failed (attempt {Attempts})")]
    private partial void LogSendFailed(Exception exception, long mailId, int attempts);
}
