using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Infrastructure.Mail;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Features.Recovery;

/// <summary>
/// Issues a reset link and queues its mail (sent after commit), in the account's language. Earlier open links of the
/// account stop working, so only the newest mail counts. At most <see cref="RecoverySettings.MailsPerHour"/> a
/// account; past that nothing is sent (the caller answers the same page). The caller saves.
/// </summary>
public sealed class PasswordResetSender(
    IdentityDbContext db,
    AuditLog audit,
    TimeProvider time,
    IOptions<IdentitySettings> settings,
    IOptions<RecoverySettings> recovery)
{
    /// <summary>Answers whether a mail was queued (false: the account had its mails for this hour).</summary>
    public async Task<bool> SendAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = PasswordReset.MailedSince(now);
        var recent = await db.PasswordResets.CountAsync(r => r.UserId == user.Id && r.CreatedAt > since, cancellationToken);
        if (recent >= recovery.Value.MailsPerHour)
        {
            audit.Record(AuditEvents.PasswordResetRequested, user.Id, detail: "mail limit reached, nothing sent");
            return false;
        }

        var open = await db.PasswordResets.Where(r => r.UserId == user.Id && r.UsedAt == null && r.ReplacedAt == null).ToListAsync(cancellationToken);
        foreach (var earlier in open)
        {
            earlier.Replace(now);
        }

        var (reset, token) = PasswordReset.Issue(user.Id, now);
        db.PasswordResets.Add(reset);

        // From configuration only, never from a request's Host header: a mailed link must point at this service.
        var link = new Uri(settings.Value.InvitationBaseUri, $"account/reset-password?token={Uri.EscapeDataString(token)}");
        db.QueuedMails.Add(QueuedMail.From(Mail(user, link, reset.ExpiresAt), now));
        audit.Record(AuditEvents.PasswordResetRequested, user.Id, detail: "mail sent");
        return true;
    }

    /// <summary>The reads <see cref="SendAsync"/> makes, for an address that gets no mail, so both answers take as long.</summary>
    public async Task PretendAsync(CancellationToken cancellationToken)
    {
        var since = PasswordReset.MailedSince(time.GetUtcNow());
        await db.PasswordResets.CountAsync(r => r.UserId == Guid.Empty && r.CreatedAt > since, cancellationToken);
        await db.PasswordResets.Where(r => r.UserId == Guid.Empty && r.UsedAt == null && r.ReplacedAt == null).ToListAsync(cancellationToken);
    }

    private static OutgoingMail Mail(ApplicationUser user, Uri link, DateTimeOffset expires)
    {
        var name = user.DisplayName;
        var href = WebUtility.HtmlEncode(link.ToString());
        if (user.Language == Languages.English)
        {
            var until = expires.ToString("HH:mm 'UTC' 'on' d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
            return new OutgoingMail(
                user.Email!,
                name,
                "Choose a new password for PartnershipHub",
                $"""
                 Dear {name},

                 Someone (hopefully you) asked to choose a new PartnershipHub password for this e-mail address.
                 Choose it with this link (valid for one hour, until {until}, and once):
                 {link}

                 Did you not ask for this? Then ignore this mail: your password stays as it is.
                 """,
                $"""
                 <p>Dear {WebUtility.HtmlEncode(name)},</p>
                 <p>Someone (hopefully you) asked to choose a new PartnershipHub password for this e-mail address.
                 <a href="{href}">Choose a new password</a> (valid for one hour, until {until}, and once).</p>
                 <p>Did you not ask for this? Then ignore this mail: your password stays as it is.</p>
                 """);
        }

        var tot = expires.ToString("HH:mm 'UTC' 'op' d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"));
        return new OutgoingMail(
            user.Email!,
            name,
            "Kies een nieuw wachtwoord voor PartnershipHub",
            $"""
             Beste {name},

             Iemand (hopelijk jij) heeft gevraagd om een nieuw PartnershipHub-wachtwoord voor dit e-mailadres.
             Kies het via deze link (één uur geldig, tot {tot}, en één keer te gebruiken):
             {link}

             Heb je hier niet om gevraagd? Negeer deze mail dan: je wachtwoord blijft zoals het is.
             """,
            $"""
             <p>Beste {WebUtility.HtmlEncode(name)},</p>
             <p>Iemand (hopelijk jij) heeft gevraagd om een nieuw PartnershipHub-wachtwoord voor dit e-mailadres.
             <a href="{href}">Kies een nieuw wachtwoord</a> (één uur geldig, tot {tot}, en één keer te gebruiken).</p>
             <p>Heb je hier niet om gevraagd? Negeer deze mail dan: je wachtwoord blijft zoals het is.</p>
             """);
    }
}
