using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class TrainerRegisteredConsumer(InternshipsDbContext db) : IConsumer<TrainerRegistered>
{
    public async Task Consume(ConsumeContext<TrainerRegistered> context)
    {
        var trainer = await db.TrainerAsync(context.Message.TrainerId, context.CancellationToken);
        trainer.Apply(context.Message);
    }
}
