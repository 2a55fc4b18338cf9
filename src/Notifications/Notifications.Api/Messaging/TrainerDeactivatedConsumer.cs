using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>A trainer who left gets no new items; their open ones move on by escalation.</summary>
public sealed class TrainerDeactivatedConsumer(NotificationsDbContext db) : IConsumer<TrainerDeactivated>
{
    public async Task Consume(ConsumeContext<TrainerDeactivated> context)
    {
        var e = context.Message;
        (await Copies.TrainerAsync(db, e.TrainerId, e.CompanyId, context.CancellationToken)).Apply(e);
    }
}
