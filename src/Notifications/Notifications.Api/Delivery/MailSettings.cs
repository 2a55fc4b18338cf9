namespace PartnershipHub.Notifications.Delivery;

/// <summary>
/// The <c>Mail</c> section, under the names Identity's mail already uses: an SMTP server, or a pickup folder
/// (Development: the AppHost sets <c>Mail__PickupDirectory</c>). An SMTP host wins over the folder.
/// </summary>
public sealed class MailSettings
{
    public const string SectionName = "Mail";

    /// <summary>When set and no <see cref="SmtpHost"/> is, every mail is written here as one .eml file.</summary>
    public string? PickupDirectory { get; set; }

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>Seconds MailKit waits for the SMTP server before giving up on one command.</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public string FromAddress { get; set; } = "no-reply@partnershiphub.nl";

    public string FromName { get; set; } = "PartnershipHub";

    /// <summary>How often the sender looks for mail to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Mails taken (and locked) per round; they go over one SMTP connection.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>The wait after the first failed attempt; it doubles with each further failure up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryFirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Off in tests that send by hand (<see cref="MailDispatcher.SendWaitingAsync"/>).</summary>
    public bool SenderEnabled { get; set; } = true;

    /// <summary>The wait before attempt number <paramref name="failedAttempts"/> + 1: 30 s, 1 m, 2 m, 4 m ... at most 15 m.</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        var doublings = Math.Clamp(failedAttempts - 1, 0, 30);
        var delay = RetryFirstDelay * Math.Pow(2, doublings);
        return delay < RetryMaxDelay ? delay : RetryMaxDelay;
    }
}
