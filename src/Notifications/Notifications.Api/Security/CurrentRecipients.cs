using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Notifications.Security;

/// <summary>One addressee of notifications: a staff member, a trainer at one company, or a student.</summary>
public readonly record struct RecipientRef(RecipientKind Kind, Guid Id);

/// <summary>
/// Who the signed-in person is as an addressee. A student is their student id, a school employee their staff id. A
/// trainer is every active trainer copy with the token's e-mail address at a company the token names (one person who
/// trains at two companies is two addressees): a trainer who left a company no longer sees what was addressed there.
/// </summary>
public static class CurrentRecipients
{
    public const string EmailClaim = "email";

    public static async Task<IReadOnlyList<RecipientRef>> ForAsync(ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var recipients = new List<RecipientRef>();
        if (user.HasRole(Roles.Student) && user.StudentId() is { } studentId)
        {
            recipients.Add(new RecipientRef(RecipientKind.Student, studentId));
        }

        if (user.StaffId() is { } staffId && Roles.Staff.Any(user.HasRole))
        {
            recipients.Add(new RecipientRef(RecipientKind.Staff, staffId));
        }

        if (user.HasRole(Roles.Trainer) && user.FindFirst(EmailClaim)?.Value is { Length: > 0 } email)
        {
            var companies = user.CompanyIds().ToList();
            var address = email.Trim().ToLowerInvariant();
            var trainers = await db.Trainers.AsNoTracking()
                .Where(t => t.Active && t.Email == address && companies.Contains(t.CompanyId))
                .Select(t => t.Id)
                .ToListAsync(cancellationToken);
            recipients.AddRange(trainers.Select(id => new RecipientRef(RecipientKind.Trainer, id)));
        }

        return recipients;
    }
}
