using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The student copy's qualification (crebo) for the unplaced count.</summary>
public sealed class EnrolmentChangedConsumer(NotificationsDbContext db) : IConsumer<EnrolmentChanged>
{
    public async Task Consume(ConsumeContext<EnrolmentChanged> context)
    {
        var e = context.Message;
        (await Copies.StudentAsync(db, e.StudentId, context.CancellationToken)).Apply(e);
    }
}
