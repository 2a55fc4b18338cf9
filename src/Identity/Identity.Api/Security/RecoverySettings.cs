namespace PartnershipHub.Identity.Security;

/// <summary>The <c>Recovery</c> section: how many "forgot password" mails one account gets.</summary>
public sealed class RecoverySettings
{
    public const string SectionName = "Recovery";

    /// <summary>Reset mails one account is sent within an hour; further requests answer the same page and send nothing.</summary>
    public int MailsPerHour { get; set; } = 3;
}
