using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The trainer copy: name, address, company.</summary>
public sealed class TrainerRegisteredConsumer(NotificationsDbContext db) : IConsumer<TrainerRegistered>
{
    public async Task Consume(ConsumeContext<TrainerRegistered> context)
    {
        var e = context.Message;
        (await Copies.TrainerAsync(db, e.TrainerId, e.CompanyId, context.CancellationToken)).Apply(e);
    }
}
