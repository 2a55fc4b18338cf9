namespace PartnershipHub.Identity.Domain;

/// <summary>
/// A single-use "forgot password" link: it works for <see cref="Validity"/>, once, and only while it is the newest one
/// mailed to the account. Reset links share the invitation's states: open, expired, used, replaced.
/// </summary>
public sealed class PasswordReset : MailedLink
{
    public static readonly TimeSpan Validity = TimeSpan.FromHours(1);

    /// <summary>How far back <see cref="MailedSince"/> counts mails for the per-account limit.</summary>
    public static readonly TimeSpan MailLimitWindow = TimeSpan.FromHours(1);

    protected override string Name => "reset link";

    /// <summary>A new reset link and its secret (shown once, in the mail).</summary>
    public static (PasswordReset Reset, string Token) Issue(Guid userId, DateTimeOffset now) => Issue<PasswordReset>(userId, now, Validity);

    /// <summary>The start of the window in which earlier mails count against the per-account limit.</summary>
    public static DateTimeOffset MailedSince(DateTimeOffset now) => now - MailLimitWindow;
}
