using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

/// <summary>The trainer's name leaves the copy and, by a refresh, the progress view of every student they guided.</summary>
public sealed class TrainerErasedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<TrainerErased>
{
    public async Task Consume(ConsumeContext<TrainerErased> context)
    {
        var e = context.Message;
        var copy = await db.Trainers.FindAsync([e.TrainerId], context.CancellationToken);
        if (copy is null)
        {
            // Kept blank with the erasure's version, so a registration that arrives later is older and ignored.
            copy = new TrainerCopy { Id = e.TrainerId };
            db.Trainers.Add(copy);
        }

        if (!copy.Apply(e))
        {
            return;
        }

        await projector.RefreshStudentsOfTrainerAsync(e.TrainerId, context.CancellationToken);
    }
}
