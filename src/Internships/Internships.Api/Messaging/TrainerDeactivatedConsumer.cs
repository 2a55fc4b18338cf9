using MassTransit;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class TrainerDeactivatedConsumer(InternshipsDbContext db) : IConsumer<TrainerDeactivated>
{
    public async Task Consume(ConsumeContext<TrainerDeactivated> context)
    {
        var e = context.Message;
        var trainer = await db.Trainers.FirstOrDefaultAsync(t => t.Id == e.TrainerId, context.CancellationToken);
        if (trainer is null)
        {
            trainer = new TrainerCopy { Id = e.TrainerId, CompanyId = e.CompanyId };
            db.Trainers.Add(trainer);
        }
        else if (e.Version <= trainer.Version)
        {
            return;
        }

        trainer.Active = false;
        trainer.Version = e.Version;
    }
}
