using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using Npgsql;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>What one sending pass did.</summary>
public readonly record struct SendOutcome(int Sent, int Failed);

/// <summary>
/// Sends composed mail in the background (not a scheduled job: mail should leave seconds after it is composed). Each
/// round takes a small batch with <c>FOR UPDATE SKIP LOCKED</c> (replicas share the work, none sends a mail another
/// holds), sends it over one connection and marks each mail sent only after the server accepted it, in the same
/// transaction. A server that is down costs the batch an attempt and a later <see cref="OutgoingMail.NextAttemptAt"/>
/// (30 s, 1 m, 2 m ... 15 m), logged as a warning; nothing is lost. Should the process die between the server's "accepted"
/// and the commit, the resend carries the same Message-ID, so the receiving side sees one message.
/// </summary>
public sealed partial class MailDispatcher(
    IServiceScopeFactory scopes,
    IOptions<MailSettings> options,
    TimeProvider time,
    ILogger<MailDispatcher> logger,
    IMailTransport? transport = null) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SenderEnabled)
        {
            return;
        }

        if (transport is null)
        {
            LogNotConfigured();
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendWaitingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (IsNotMigratedYet(e))
            {
                LogNotMigrated();
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException or DbUpdateException or InvalidOperationException)
            {
                // The database is unreachable: nothing was marked, the same mails are taken again next round.
                LogRoundFailed(e);
            }

            await Task.Delay(options.Value.PollInterval, time, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    /// <summary>Sends batches until none is due or the server refuses; returns how many went and how many wait again.</summary>
    public async Task<SendOutcome> SendWaitingAsync(CancellationToken cancellationToken)
    {
        if (transport is null)
        {
            throw new InvalidOperationException("Neither Mail:SmtpHost nor Mail:PickupDirectory is configured.");
        }

        var total = new SendOutcome();
        while (!cancellationToken.IsCancellationRequested)
        {
            var (outcome, taken, serverDown) = await SendBatchAsync(transport, cancellationToken);
            total = new SendOutcome(total.Sent + outcome.Sent, total.Failed + outcome.Failed);
            if (serverDown || taken < options.Value.BatchSize)
            {
                break;
            }
        }

        return total;
    }

    private async Task<(SendOutcome Outcome, int Taken, bool ServerDown)> SendBatchAsync(IMailTransport mailTransport, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        var batch = await db.Mails
            .FromSql($"SELECT * FROM outgoing_mails WHERE sent_at IS NULL AND next_attempt_at <= {now} ORDER BY next_attempt_at, id LIMIT {settings.BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return (default, 0, false);
        }

        int sent = 0, failed = 0;
        string? serverError = null;
        await using (var session = mailTransport.OpenSession())
        {
            foreach (var mail in batch)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                if (serverError is not null)
                {
                    Fail(mail, serverError, now);
                    failed++;
                    continue;
                }

                try
                {
                    await session.SendAsync(ToMessage(mail, settings), cancellationToken);
                    mail.SentAt = time.GetUtcNow();
                    mail.LastError = null;
                    sent++;
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception e)
                {
                    Fail(mail, e.Message, now);
                    failed++;
                    if (IsAboutThisMail(e))
                    {
                        LogMailRefused(mail.Id, mail.Attempts, mail.NextAttemptAt, e.Message);
                    }
                    else
                    {
                        serverError = e.Message;
                        LogServerDown(batch.Count - sent, mail.NextAttemptAt, e.Message);
                    }
                }
            }
        }

        // Marks what the server accepted even when the host is stopping: unmarked, it would go out a second time.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        if (sent > 0)
        {
            LogSent(sent);
        }

        return (new SendOutcome(sent, failed), batch.Count, serverError is not null);
    }

    private void Fail(OutgoingMail mail, string error, DateTimeOffset now)
    {
        mail.Attempts++;
        mail.LastError = error.Length > 1000 ? error[..1000] : error;
        mail.NextAttemptAt = now + options.Value.RetryDelay(mail.Attempts);
    }

    /// <summary>The server refused this one message (its sender, recipient or content); the connection is still good for the next.</summary>
    private static bool IsAboutThisMail(Exception e) =>
        e is SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.SenderNotAccepted or SmtpErrorCode.MessageNotAccepted };

    public static MimeMessage ToMessage(OutgoingMail mail, MailSettings settings)
    {
        var message = new MimeMessage
        {
            MessageId = mail.MessageId.Trim('<', '>'),
            Subject = mail.Subject,
            Date = mail.CreatedAt,
        };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        message.Headers.Add("Content-Language", mail.Language);
        // RFC 3834: an automatic message; out-of-office replies should not answer it.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }

    private static bool IsNotMigratedYet(Exception e) =>
        e is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable }
        || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UndefinedTable };

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} notification mails.")]
    private partial void LogSent(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mail server did not take {Count} mails ({Error}); they wait and are tried again from {NextAttempt:u}.")]
    private partial void LogServerDown(int count, DateTimeOffset nextAttempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mail server refused mail {MailId} (attempt {Attempts}: {Error}); it is tried again from {NextAttempt:u}.")]
    private partial void LogMailRefused(Guid mailId, int attempts, DateTimeOffset nextAttempt, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A mail round could not reach the database; it runs again at the next poll.")]
    private partial void LogRoundFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The mail table does not exist yet; waiting for the migration.")]
    private partial void LogNotMigrated();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neither Mail:SmtpHost nor Mail:PickupDirectory is configured: notification mail waits in the database unsent.")]
    private partial void LogNotConfigured();
}
