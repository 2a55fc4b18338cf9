namespace PartnershipHub.Identity.Infrastructure.Mail;

/// <summary>
/// A mail written in the same transaction as the change that caused it and sent by <see cref="MailDispatcher"/>
/// after commit, so nobody gets a link to an invitation that was rolled back. Deleted once sent: the body holds
/// the invitation secret.
/// </summary>
public sealed class QueuedMail
{
    public long Id { get; set; }

    public string ToAddress { get; set; } = "";

    public string ToName { get; set; } = "";

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public static QueuedMail From(OutgoingMail mail, DateTimeOffset now) => new()
    {
        ToAddress = mail.ToAddress,
        ToName = mail.ToName,
        Subject = mail.Subject,
        TextBody = mail.TextBody,
        HtmlBody = mail.HtmlBody,
        CreatedAt = now,
    };

    public OutgoingMail ToMail() => new(ToAddress, ToName, Subject, TextBody, HtmlBody);

    /// <summary>Waits 2, 4, 8... seconds (at most an hour) before the next try.</summary>
    public void Failed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Attempts)));
    }
}
