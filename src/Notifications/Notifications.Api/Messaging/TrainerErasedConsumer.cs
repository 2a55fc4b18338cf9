using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The trainer's name and address are forgotten; their items stay and move on by escalation.</summary>
public sealed class TrainerErasedConsumer(NotificationsDbContext db) : IConsumer<TrainerErased>
{
    public async Task Consume(ConsumeContext<TrainerErased> context)
    {
        var e = context.Message;
        (await Copies.TrainerAsync(db, e.TrainerId, e.CompanyId, context.CancellationToken)).Apply(e);
    }
}
