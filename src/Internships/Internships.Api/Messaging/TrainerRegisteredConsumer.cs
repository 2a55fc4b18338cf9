using MassTransit;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Messaging;

public sealed class TrainerRegisteredConsumer(InternshipsDbContext db) : IConsumer<TrainerRegistered>
{
    public async Task Consume(ConsumeContext<TrainerRegistered> context)
    {
        var e = context.Message;
        var trainer = await db.Trainers.FirstOrDefaultAsync(t => t.Id == e.TrainerId, context.CancellationToken);
        if (trainer is null)
        {
            trainer = new TrainerCopy { Id = e.TrainerId };
            db.Trainers.Add(trainer);
        }
        else if (e.Version <= trainer.Version)
        {
            return;
        }

        trainer.CompanyId = e.CompanyId;
        trainer.Name = e.Name;
        trainer.Crebos = [.. e.Crebos];
        trainer.MaxStudents = e.MaxStudents;
        trainer.Active = true;
        trainer.Version = e.Version;
    }
}
