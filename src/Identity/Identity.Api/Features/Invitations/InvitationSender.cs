using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Infrastructure.Mail;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Features.Invitations;

/// <summary>
/// Issues an invitation and queues the mail with its link (sent after commit). Any earlier open link of the same user stops working, so only the
/// newest mail counts. The caller saves (the consumer's inbox transaction or the endpoint).
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

        var (issued, token) = Invitation.Issue(user.Id, now);
        db.Invitations.Add(issued);

        // From configuration only, never from a request's Host header: a mailed link must point at this service.
        var link = new Uri(settings.Value.InvitationBaseUri, $"account/invitation?token={Uri.EscapeDataString(token)}");
        var name = user.DisplayName;
        var expires = issued.ExpiresAt.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
        db.QueuedMails.Add(QueuedMail.From(
            new OutgoingMail(
                user.Email!,
                name,
                "Welkom bij PartnershipHub / Welcome to PartnershipHub",
                $"""
                 Beste {name},

                 Je bent uitgenodigd voor PartnershipHub. Kies via deze link een wachtwoord (geldig tot {expires}, één keer te gebruiken):
                 {link}

                 You have been invited to PartnershipHub. Choose a password with the link above (valid for 7 days, single use).
                 """,
                $"""
                 <p>Beste {WebUtility.HtmlEncode(name)},</p>
                 <p>Je bent uitgenodigd voor PartnershipHub. <a href="{WebUtility.HtmlEncode(link.ToString())}">Kies je wachtwoord</a> (geldig tot {expires}, één keer te gebruiken).</p>
                 <p>You have been invited to PartnershipHub. Follow the link to choose a password (valid for 7 days, single use).</p>
                 """),
            now));
        audit.Record(AuditEvents.InvitationSent, user.Id, actor);
    }
}
