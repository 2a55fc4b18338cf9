using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The staff copy: name, address, language, roles, active.</summary>
public sealed class StaffMemberChangedConsumer(NotificationsDbContext db) : IConsumer<StaffMemberChanged>
{
    public async Task Consume(ConsumeContext<StaffMemberChanged> context)
    {
        var e = context.Message;
        var copy = await db.Staff.FindAsync([e.StaffId], context.CancellationToken);
        if (copy is null)
        {
            copy = new StaffCopy { Id = e.StaffId };
            db.Staff.Add(copy);
        }

        copy.Apply(e);
    }
}
