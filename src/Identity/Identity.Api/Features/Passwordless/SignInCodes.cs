using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Infrastructure.Mail;
using PartnershipHub.Identity.Security;

namespace PartnershipHub.Identity.Features.Passwordless;

/// <summary>
/// Issues and redeems one-time sign-in codes. Every request runs the same queries whatever the address, so neither
/// the answer nor its timing tells whether a trainer account exists; the mail itself goes out later through the
/// mail queue.
/// </summary>
public sealed class SignInCodes(
    IdentityDbContext db,
    UserManager<ApplicationUser> users,
    AuditLog audit,
    TimeProvider time,
    IOptions<IdentitySettings> settings)
{
    public const string CodeMethod = "e-mail code";
    public const string LinkMethod = "e-mail link";

    public async Task RequestAsync(string email, string returnUrl, CancellationToken cancellationToken)
    {
        // Unknown, non-trainer and deactivated addresses run the very same queries (against an id no account has),
        // so the answer takes as long for them; measured, skipping them made a trainer's answer three times slower.
        var user = await users.FindByEmailAsync(email);
        var subject = user ?? new ApplicationUser { Id = Guid.Empty };
        var mayUse = await PasswordlessAccounts.MayUseAsync(users, subject) && user is not null;

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One request per account at a time, on every replica: the limit below is counted under this lock.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM asp_net_users WHERE id = {subject.Id} FOR UPDATE", cancellationToken);
        var recent = await db.SignInCodes.Where(c => c.UserId == subject.Id && c.CreatedAt > now - SignInCode.IssueWindow).ToListAsync(cancellationToken);
        // Codes older than the window count for nothing any more.
        await db.SignInCodes.Where(c => c.UserId == subject.Id && c.CreatedAt <= now - SignInCode.IssueWindow).ExecuteDeleteAsync(cancellationToken);

        if (!mayUse)
        {
            audit.Record(AuditEvents.SignInCodeRefused, user?.Id, detail: user is null ? "unknown account" : user.IsActive ? "not a trainer account" : "deactivated account");
        }
        else if (recent.Count >= SignInCode.MaxIssuesPerWindow)
        {
            audit.Record(AuditEvents.SignInCodeRefused, user!.Id, detail: $"more than {SignInCode.MaxIssuesPerWindow} codes in an hour");
        }
        else
        {
            Issue(user!, recent, returnUrl, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Replaces the open code, adds a new one and queues its mail; the caller saves.</summary>
    private void Issue(ApplicationUser user, List<SignInCode> recent, string returnUrl, DateTimeOffset now)
    {
        foreach (var open in recent)
        {
            open.Replace(now);
        }

        var (code, digits, linkToken) = SignInCode.Issue(user.Id, now);
        db.SignInCodes.Add(code);
        // From configuration only, never from a request's Host header: a mailed link must point at this service.
        var link = new Uri(settings.Value.InvitationBaseUri,
            $"account/login/link?token={Uri.EscapeDataString(linkToken)}&returnUrl={Uri.EscapeDataString(returnUrl)}");
        db.QueuedMails.Add(QueuedMail.From(SignInCodeMail.For(user, digits, link), now));
        audit.Record(AuditEvents.SignInCodeSent, user.Id);
    }

    /// <summary>The account the typed code signs in, or null (unknown address, no open code, wrong code).</summary>
    public async Task<ApplicationUser?> RedeemDigitsAsync(string email, string digits, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The newest code only (an older one was replaced anyway), locked so two replicas cannot both use it.
        var code = user is null
            ? null
            : await db.SignInCodes
                .FromSql($"SELECT * FROM sign_in_codes WHERE user_id = {user.Id} ORDER BY created_at DESC LIMIT 1 FOR UPDATE")
                .FirstOrDefaultAsync(cancellationToken);
        var redeemed = code is not null && code.TryRedeemDigits(digits, time.GetUtcNow());
        return await FinishAsync(user, redeemed, CodeMethod, transaction, cancellationToken);
    }

    /// <summary>The account the mailed link signs in, or null.</summary>
    public async Task<ApplicationUser?> RedeemLinkAsync(string token, CancellationToken cancellationToken)
    {
        var hash = MailedLink.Hash(token);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var code = await db.SignInCodes
            .FromSql($"SELECT * FROM sign_in_codes WHERE link_token_hash = {hash} FOR UPDATE")
            .FirstOrDefaultAsync(cancellationToken);
        var user = code is null ? null : await users.FindByIdAsync(code.UserId.ToString());
        var redeemed = code is not null && code.TryRedeemLink(time.GetUtcNow());
        return await FinishAsync(user, redeemed, LinkMethod, transaction, cancellationToken);
    }

    /// <summary>Saves the code's new state (used, or one more wrong try) with the audit entry.</summary>
    private async Task<ApplicationUser?> FinishAsync(
        ApplicationUser? user, bool redeemed, string method, Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        // Checked again at redemption: the account may have been deactivated or re-roled since the code was sent.
        var allowed = redeemed && user is not null && await PasswordlessAccounts.MayUseAsync(users, user);
        audit.Record(
            allowed ? AuditEvents.SignInSucceeded : AuditEvents.SignInFailed,
            user?.Id,
            detail: redeemed && !allowed ? $"{method}, account may not use it" : method);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return allowed ? user : null;
    }
}
