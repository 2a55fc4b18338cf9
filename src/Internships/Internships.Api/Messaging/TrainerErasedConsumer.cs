using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

/// <summary>The trainer's name leaves the copy; placements keep the trainer's id, now without a person behind it.</summary>
public sealed class TrainerErasedConsumer(InternshipsDbContext db) : IConsumer<TrainerErased>
{
    public async Task Consume(ConsumeContext<TrainerErased> context)
    {
        var trainer = await db.TrainerAsync(context.Message.TrainerId, context.CancellationToken);
        trainer.Apply(context.Message);
    }
}
