namespace PartnershipHub.Identity.Domain;

/// <summary>
/// A single-use link that lets an invited person set a password; it works for <see cref="Validity"/> and once.
/// </summary>
public sealed class Invitation : MailedLink
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(7);

    protected override string Name => "invitation";

    /// <summary>A new invitation and the secret for its link (shown once, in the mail).</summary>
    public static (Invitation Invitation, string Token) Issue(Guid userId, DateTimeOffset now) => Issue<Invitation>(userId, now, Validity);

    /// <summary>Only an expired or replaced link may ask for a fresh one; a used link means the account exists.</summary>
    public bool MayBeRenewed(DateTimeOffset now) => StateAt(now) is InvitationState.Expired or InvitationState.Replaced;
}
