using PartnershipHub.Contracts;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Messaging;

namespace PartnershipHub.Identity.Security;

/// <summary>
/// The one place <see cref="StaffMemberChanged"/> is built: every change of a staff account (created, imported,
/// re-roled, deactivated, reactivated, seeded) queues it here, in the caller's unit of work, with the next
/// <see cref="ApplicationUser.StaffVersion"/>. An account without a staff id is not staff and is not announced.
/// </summary>
public static class StaffAnnouncements
{
    /// <summary>Queues the event for <paramref name="user"/> as it is now; the caller saves (the outbox row commits with the change).</summary>
    public static void Announce(IdentityDbContext db, ApplicationUser user, IEnumerable<string> roles, DateTimeOffset now)
    {
        if (Next(user, roles, now) is { } changed)
        {
            db.EnqueueEvent(changed);
        }
    }

    /// <summary>The event for <paramref name="user"/> as it is now, counting its version up; null for an account that is not staff.</summary>
    public static StaffMemberChanged? Next(ApplicationUser user, IEnumerable<string> roles, DateTimeOffset now)
    {
        if (user.StaffId is not { } staffId)
        {
            return null;
        }

        user.StaffVersion++;
        return new StaffMemberChanged(
            staffId,
            user.Id,
            user.DisplayName,
            user.Email ?? "",
            // Only the staff roles: a consumer asks "is this person a mentor", never about a student or trainer role.
            [.. roles.Where(RoleGrantRules.StaffRoles.Contains).Order(StringComparer.Ordinal)],
            user.IsActive,
            user.Language,
            now,
            user.StaffVersion);
    }
}
