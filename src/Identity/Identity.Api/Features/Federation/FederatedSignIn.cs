using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Identity.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartnershipHub.Identity.Features.Federation;

/// <summary>
/// Finds the account for a person the school's provider vouched for. The link (provider name + subject, in ASP.NET
/// Identity's external logins) decides once it exists, so a changed e-mail address at the school changes nothing.
/// Without a link, a verified e-mail address or the school's number must point at exactly one active account, which
/// is then linked; accounts and roles are never created here. Every outcome goes in the audit log.
/// </summary>
public sealed class FederatedSignIn(
    IdentityDbContext db,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    AuditLog audit,
    ILogger<FederatedSignIn> logger)
{
    public async Task<FederationOutcome> FindAccountAsync(string name, ExternalProviderSettings provider, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var method = $"federated:{name}";
        var subject = principal.FindFirst(Claims.Subject)?.Value;
        if (string.IsNullOrEmpty(subject))
        {
            return await RefuseAsync(null, $"{method}: the provider sent no subject", cancellationToken);
        }

        var linked = await users.FindByLoginAsync(name, subject);
        if (linked is not null)
        {
            return await SignInAsync(linked, method, linked: false, cancellationToken);
        }

        var byEmail = VerifiedEmail(provider, principal) is { } email ? await users.FindByEmailAsync(email) : null;
        var byNumber = Number(provider, principal) is { } number ? await FindByNumberAsync(provider, number, cancellationToken) : null;
        if (byEmail is not null && byNumber is not null && byEmail.Id != byNumber.Id)
        {
            return await RefuseAsync(null, $"{method}: e-mail and number point at different accounts (subject {subject})", cancellationToken);
        }

        var user = byEmail ?? byNumber;
        if (user is null)
        {
            return await RefuseAsync(null, $"{method}: no account matches (subject {subject})", cancellationToken);
        }

        // One person per provider per account: a second school identity must not take over an account already linked.
        if ((await users.GetLoginsAsync(user)).Any(login => login.LoginProvider == name))
        {
            return await RefuseAsync(user.Id, $"{method}: the account is linked to another identity at this provider (subject {subject})", cancellationToken);
        }

        if (!await signIn.CanSignInAsync(user))
        {
            return await RefuseAsync(user.Id, $"{method}: deactivated account", cancellationToken);
        }

        var added = await users.AddLoginAsync(user, new UserLoginInfo(name, subject, provider.DisplayName));
        if (!added.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", added.Errors.Select(e => e.Description)));
        }

        audit.Record(AuditEvents.FederatedLoginLinked, user.Id, detail: $"{method}: linked by {(byEmail is not null ? "verified e-mail" : "number")} (subject {subject})");
        return await SignInAsync(user, method, linked: true, cancellationToken);
    }

    /// <summary>A provider that could not be reached or answered with an error: worth a warning, not an error.</summary>
    public async Task RecordUnavailableAsync(string name, string reason, CancellationToken cancellationToken)
    {
        logger.LogWarning("Sign-in through the school identity provider {Provider} did not complete: {Reason}", name, reason);
        audit.Record(AuditEvents.SignInFailed, null, detail: Truncate($"federated:{name}: provider unavailable or answered an error: {reason}"));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<FederationOutcome> SignInAsync(ApplicationUser user, string method, bool linked, CancellationToken cancellationToken)
    {
        if (!await signIn.CanSignInAsync(user))
        {
            return await RefuseAsync(user.Id, $"{method}: deactivated account", cancellationToken);
        }

        // The school's provider did the authentication (and its own MFA): Identity's TOTP is not asked again.
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: method);
        audit.Record(AuditEvents.SignInSucceeded, user.Id, detail: linked ? $"{method} (first, just linked)" : method);
        await db.SaveChangesAsync(cancellationToken);
        return FederationOutcome.SignIn(user);
    }

    private async Task<FederationOutcome> RefuseAsync(Guid? userId, string reason, CancellationToken cancellationToken)
    {
        logger.LogInformation("Federated sign-in refused: {Reason}", reason);
        audit.Record(AuditEvents.SignInFailed, userId, detail: Truncate(reason));
        await db.SaveChangesAsync(cancellationToken);
        return FederationOutcome.Refused(reason);
    }

    private static string? VerifiedEmail(ExternalProviderSettings provider, ClaimsPrincipal principal)
    {
        var email = string.IsNullOrWhiteSpace(provider.EmailClaim) ? null : principal.FindFirst(provider.EmailClaim)?.Value?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            return null;
        }

        var verified = bool.TryParse(principal.FindFirst(Claims.EmailVerified)?.Value, out var value) && value;
        return verified || !provider.RequireVerifiedEmail ? email : null;
    }

    private static string? Number(ExternalProviderSettings provider, ClaimsPrincipal principal) =>
        string.IsNullOrWhiteSpace(provider.NumberClaim) ? null
            : principal.FindFirst(provider.NumberClaim)?.Value?.Trim() is { Length: > 0 } number ? number : null;

    private Task<ApplicationUser?> FindByNumberAsync(ExternalProviderSettings provider, string number, CancellationToken cancellationToken) =>
        provider.NumberKind == ExternalProviderSettings.StudentNumber
            ? db.Users.SingleOrDefaultAsync(u => u.StudentNumber == number, cancellationToken)
            : db.Users.SingleOrDefaultAsync(u => u.EmployeeNumber == number, cancellationToken);

    private static string Truncate(string text) => text.Length <= 1000 ? text : text[..1000];
}
