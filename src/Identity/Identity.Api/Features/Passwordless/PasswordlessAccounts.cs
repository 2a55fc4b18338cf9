using Microsoft.AspNetCore.Identity;
using PartnershipHub.Identity.Domain;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Identity.Features.Passwordless;

/// <summary>
/// Who may sign in without a password: an active trainer account and nothing more. A staff role or an authenticator
/// app means the account protects more than a trainer's view, and a mailbox (or a passkey added after a mailed code)
/// must not step around that.
/// </summary>
internal static class PasswordlessAccounts
{
    public static async Task<bool> MayUseAsync(UserManager<ApplicationUser> users, ApplicationUser user)
    {
        if (!user.IsActive || user.TwoFactorEnabled)
        {
            return false;
        }

        var roles = await users.GetRolesAsync(user);
        return roles.Contains(Roles.Trainer) && !roles.Intersect(Roles.Staff).Any();
    }
}
