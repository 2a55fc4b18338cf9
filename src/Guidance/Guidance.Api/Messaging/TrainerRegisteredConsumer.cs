using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

/// <summary>The trainer's name for the progress view; nothing else of Companies is needed here.</summary>
public sealed class TrainerRegisteredConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<TrainerRegistered>
{
    public async Task Consume(ConsumeContext<TrainerRegistered> context)
    {
        var e = context.Message;
        var copy = await db.Trainers.FindAsync([e.TrainerId], context.CancellationToken);
        if (copy is null)
        {
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
