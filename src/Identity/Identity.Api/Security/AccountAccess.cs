using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using PartnershipHub.Contracts;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Messaging;

namespace PartnershipHub.Identity.Security;

/// <summary>
/// Ends a user's access everywhere: sign-ins, refresh tokens and (through token entry validation) access tokens here,
/// and, through <see cref="AccountDeactivated"/>, the access tokens every other API would accept until they expire.
/// The caller runs it inside one transaction (the inbox's, or its own) so the event commits with the change.
/// </summary>
public sealed class AccountAccess(
    IdentityDbContext db,
    UserManager<ApplicationUser> users,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    AuditLog audit,
    TimeProvider time)
{
    public const string ErasedReason = "erased";

    public async Task DeactivateAsync(ApplicationUser user, string actor, string reason, CancellationToken cancellationToken)
    {
        user.Deactivate(time.GetUtcNow(), reason);
        // Queued before UpdateAsync, whose SaveChanges then writes the outbox row with the account.
        db.EnqueueEvent(new AccountDeactivated(user.Id, user.DeactivatedAt!.Value, reason));
        if (user.StaffId is not null)
        {
            StaffAnnouncements.Announce(db, user, await users.GetRolesAsync(user), user.DeactivatedAt.Value);
        }

        Check(await users.UpdateAsync(user));
        await RevokeTokensAsync(user, cancellationToken);
        audit.Record(AuditEvents.Deactivated, user.Id, actor, reason);
    }

    /// <summary>Undoes <see cref="DeactivateAsync"/> (refusals: <see cref="ApplicationUser.Reactivate"/>); the account's staff are told it is back.</summary>
    public async Task ReactivateAsync(ApplicationUser user, string actor)
    {
        var reason = user.DeactivationReason;
        user.Reactivate();
        if (user.StaffId is not null)
        {
            StaffAnnouncements.Announce(db, user, await users.GetRolesAsync(user), time.GetUtcNow());
        }

        Check(await users.UpdateAsync(user));
        audit.Record(AuditEvents.Reactivated, user.Id, actor, $"was: {reason}");
    }

    /// <summary>Deletes the account (its tokens first); an account still active is announced as deactivated.</summary>
    public async Task EraseAsync(ApplicationUser user, string actor, CancellationToken cancellationToken)
    {
        if (user.IsActive)
        {
            db.EnqueueEvent(new AccountDeactivated(user.Id, time.GetUtcNow(), ErasedReason));
        }

        await RevokeTokensAsync(user, cancellationToken);
        Check(await users.DeleteAsync(user));
        audit.Record(AuditEvents.Erased, user.Id, actor);
    }

    /// <summary>Tokens issued before now stop working; a refresh has to go through the account checks again.</summary>
    public async Task RevokeTokensAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var subject = user.Id.ToString();
        await authorizations.RevokeBySubjectAsync(subject, cancellationToken);
        await tokens.RevokeBySubjectAsync(subject, cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
