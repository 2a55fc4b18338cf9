using System.Security.Claims;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Portal.StaffAdministration;

/// <summary>
/// The portal's copy of Identity's role-grant rules, only to leave out what the signed-in administrator could never
/// do: a coordinator grants mentor, teacher and coordinator; an operator every staff role. Identity still decides.
/// </summary>
public static class StaffRoleChoices
{
    private static readonly string[] ByCoordinator = [Roles.Mentor, Roles.Teacher, Roles.Coordinator];

    /// <summary>The staff roles <paramref name="user"/> may give (and take away), in the order the pages show them.</summary>
    public static IReadOnlyList<string> GrantableBy(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Operator) ? Roles.Staff
        : user.IsInRole(Roles.Coordinator) ? ByCoordinator
        : [];

    /// <summary>
    /// Whether <paramref name="user"/> may change an account with <paramref name="accountRoles"/> at all: every role it
    /// has must be one they may take away (student and trainer: both administrators), and nobody changes themself.
    /// </summary>
    public static bool MayManage(ClaimsPrincipal user, Guid accountId, IReadOnlyCollection<string> accountRoles)
    {
        if (user.FindFirst(ClaimNames.Subject)?.Value == accountId.ToString())
        {
            return false;
        }

        var grantable = GrantableBy(user);
        return grantable.Count > 0 && accountRoles.All(role => role is Roles.Student or Roles.Trainer || grantable.Contains(role));
    }

    public static bool IsSelf(ClaimsPrincipal user, Guid accountId) =>
        user.FindFirst(ClaimNames.Subject)?.Value == accountId.ToString();
}
