using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;

namespace PartnershipHub.Identity.Features.Users;

/// <summary>Builds <see cref="UserSummary"/> answers: the accounts' roles and external logins in one query each, however many accounts.</summary>
internal static class UserSummaries
{
    public static async Task<List<UserSummary>> OfAsync(IdentityDbContext db, IReadOnlyList<ApplicationUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await RolesOfAsync(db, ids, cancellationToken);
        var withLogin = await db.UserLogins.Where(l => ids.Contains(l.UserId)).Select(l => l.UserId).Distinct().ToListAsync(cancellationToken);
        return [.. users.Select(u => Of(u, roles.GetValueOrDefault(u.Id, []), withLogin.Contains(u.Id)))];
    }

    public static async Task<UserSummary> OfAsync(IdentityDbContext db, ApplicationUser user, CancellationToken cancellationToken) =>
        (await OfAsync(db, [user], cancellationToken))[0];

    /// <summary>The roles of each account, sorted; an account without roles is absent.</summary>
    public static async Task<Dictionary<Guid, List<string>>> RolesOfAsync(IdentityDbContext db, List<Guid> userIds, CancellationToken cancellationToken)
    {
        var pairs = await db.UserRoles.Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name!).Order(StringComparer.Ordinal).ToList());
    }

    public static UserSummary Of(ApplicationUser user, IReadOnlyList<string> roles, bool hasExternalLogin) => new(
        user.Id,
        user.Email ?? "",
        user.DisplayName,
        roles,
        user.StudentId,
        user.StaffId,
        user.ActiveCompanyIds,
        user.IsActive,
        user.LockoutEnd > DateTimeOffset.UtcNow,
        user.EmployeeNumber,
        user.Language,
        InvitationPending: user.PasswordHash is null && !hasExternalLogin);
}
