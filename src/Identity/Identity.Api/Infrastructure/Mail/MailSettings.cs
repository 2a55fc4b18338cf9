namespace PartnershipHub.Identity.Infrastructure.Mail;

/// <summary>The <c>Mail</c> section: a pickup folder (Development, tests) or an SMTP server.</summary>
public sealed class MailSettings
{
    public const string SectionName = "Mail";

    /// <summary>When set, every mail is written here as one .eml file instead of being sent.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>How often queued mail is looked for.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public string FromAddress { get; set; } = "no-reply@partnershiphub.nl";

    public string FromName { get; set; } = "PartnershipHub";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}
