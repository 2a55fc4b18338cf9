using Microsoft.EntityFrameworkCore;
using PartnershipHub.Messaging.Inbox;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Notifications.Infrastructure;

/// <summary>
/// The demo school staff as Identity announces them (StaffMemberChanged), added at start-up because Identity may announce
/// them before this service's queue is bound on a fresh system. Version 0, so Identity's events (version 1 or more) win;
/// a copy already there is left alone. Without them the demo mentor's signals would reach no mailbox and no coordinator
/// would hear an escalation.
/// </summary>
internal sealed class NotificationsSeed : IStartupSeed
{
    private static readonly (Guid StaffId, Guid UserId, string Name, string Email, string Role)[] DemoStaff =
    [
        (DemoIds.Coordinator, Guid.Parse("10000000-0000-0000-0000-000000000001"), "Carla Coördinator", "coordinator@demo.partnershiphub.nl", "coordinator"),
        (DemoIds.Mentor, Guid.Parse("10000000-0000-0000-0000-000000000002"), "Mehmet Mentor", "mentor@demo.partnershiphub.nl", "mentor"),
        (DemoIds.Teacher, Guid.Parse("10000000-0000-0000-0000-000000000003"), "Tessa Docent", "teacher@demo.partnershiphub.nl", "teacher"),
        (DemoIds.Care, Guid.Parse("10000000-0000-0000-0000-000000000004"), "Chantal Zorg", "care@demo.partnershiphub.nl", "care"),
        (DemoIds.Operator, Guid.Parse("10000000-0000-0000-0000-000000000005"), "Olaf Beheer", "operator@demo.partnershiphub.nl", "operator"),
    ];

    public string Name => "notifications-demo";

    public SeedKind Kind => SeedKind.Demo;

    public async Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<NotificationsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = DemoStaff.Select(s => s.StaffId).ToList();
        await db.LockInboxKeysAsync(ids, cancellationToken);
        var known = await db.Staff.Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var (staffId, userId, name, email, role) in DemoStaff.Where(s => !known.Contains(s.StaffId)))
        {
            db.Staff.Add(new StaffCopy
            {
                Id = staffId,
                UserId = userId,
                DisplayName = name,
                Email = email,
                Roles = [role],
                Active = true,
                Language = "nl",
                Version = 0,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SeedOutcome.Done;
    }
}
