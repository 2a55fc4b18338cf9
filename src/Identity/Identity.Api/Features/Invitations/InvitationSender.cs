using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Infrastructure.Mail;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Features.Invitations;

/// <summary>
/// Issues an invitation and queues the mail with its link (sent after commit), in the account's
/// <see cref="ApplicationUser.Language"/>: one language per mail. Any earlier open link of the same user stops working,
/// so only the newest mail counts. The caller saves (the consumer's inbox transaction or the endpoint).
/// </summary>
public sealed class InvitationSender(
    IdentityDbContext db,
    AuditLog audit,
    TimeProvider time,
    IOptions<IdentitySettings> settings)
{
    public async Task SendAsync(ApplicationUser user, string actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var earlier = await db.Invitations.Where(i => i.UserId == user.Id && i.UsedAt == null && i.ReplacedAt == null).ToListAsync(cancellationToken);
        foreach (var invitation in earlier)
        {
            invitation.Replace(now);
        }

        Issue(user, actor);
    }

    /// <summary>The first invitation of an account created in this unit of work: there is no earlier link to replace, so no query.</summary>
    public void Issue(ApplicationUser user, string actor)
    {
        var (invitation, mail) = Prepare(user);
        db.Invitations.Add(invitation);
        db.QueuedMails.Add(mail);
        audit.Record(AuditEvents.InvitationSent, user.Id, actor);
    }

    /// <summary>
    /// The invitation and its queued mail for a new account, not yet added anywhere: for an import that writes
    /// thousands at once (and audits them itself).
    /// </summary>
    public (Invitation Invitation, QueuedMail Mail) Prepare(ApplicationUser user)
    {
        var now = time.GetUtcNow();
        var (issued, token) = Invitation.Issue(user.Id, now);
        // From configuration only, never from a request's Host header: a mailed link must point at this service.
        var link = new Uri(settings.Value.InvitationBaseUri, $"account/invitation?token={Uri.EscapeDataString(token)}");
        return (issued, QueuedMail.From(Mail(user, link, issued.ExpiresAt), now));
    }

    private static OutgoingMail Mail(ApplicationUser user, Uri link, DateTimeOffset expiresAt)
    {
        var name = user.DisplayName;
        var (htmlName, htmlLink) = (WebUtility.HtmlEncode(name), WebUtility.HtmlEncode(link.ToString()));
        if (user.Language == Languages.English)
        {
            var expires = expiresAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
            return new OutgoingMail(
                user.Email!,
                name,
                "Welcome to PartnershipHub",
                $"""
                 Dear {name},

                 You have been invited to PartnershipHub. Choose a password with this link (valid until {expires}, single use):
                 {link}
                 """,
                $"""
                 <p>Dear {htmlName},</p>
                 <p>You have been invited to PartnershipHub. <a href="{htmlLink}">Choose your password</a> (valid until {expires}, single use).</p>
                 """);
        }

        var validUntil = expiresAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));
        return new OutgoingMail(
            user.Email!,
            name,
            "Welkom bij PartnershipHub",
            $"""
             Beste {name},

             Je bent uitgenodigd voor PartnershipHub. Kies via deze link een wachtwoord (geldig tot {validUntil}, één keer te gebruiken):
             {link}
             """,
            $"""
             <p>Beste {htmlName},</p>
             <p>Je bent uitgenodigd voor PartnershipHub. <a href="{htmlLink}">Kies je wachtwoord</a> (geldig tot {validUntil}, één keer te gebruiken).</p>
             """);
    }
}
