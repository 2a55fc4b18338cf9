using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class TrainerDeactivatedConsumer(InternshipsDbContext db) : IConsumer<TrainerDeactivated>
{
    public async Task Consume(ConsumeContext<TrainerDeactivated> context)
    {
        var trainer = await db.TrainerAsync(context.Message.TrainerId, context.CancellationToken);
        trainer.Apply(context.Message);
    }
}
