using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Security;

/// <summary>Ends a user's access everywhere: sign-ins, refresh tokens and (through token entry validation) access tokens.</summary>
public sealed class AccountAccess(
    UserManager<ApplicationUser> users,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    AuditLog audit,
    TimeProvider time)
{
    public async Task DeactivateAsync(ApplicationUser user, string actor, string reason, CancellationToken cancellationToken)
    {
        user.Deactivate(time.GetUtcNow());
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        await RevokeTokensAsync(user, cancellationToken);
        audit.Record(AuditEvents.Deactivated, user.Id, actor, reason);
    }

    /// <summary>Tokens issued before now stop working; a refresh has to go through the account checks again.</summary>
    public async Task RevokeTokensAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var subject = user.Id.ToString();
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
    }
}
