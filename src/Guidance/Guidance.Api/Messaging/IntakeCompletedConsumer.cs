using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

/// <summary>Keeps the needs levels and progression wish only; preferences are Internships' concern.</summary>
public sealed class IntakeCompletedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<IntakeCompleted>
{
    public async Task Consume(ConsumeContext<IntakeCompleted> context)
    {
        var e = context.Message;
        var copy = await StudentCopies.ForUpdateAsync(db, e.StudentId, context.CancellationToken);
        if (copy is not null && e.Version > copy.IntakeVersion)
        {
            copy.IntakeDate = e.IntakeDate;
            copy.Needs = e.Needs;
            copy.ProgressionWish = e.ProgressionWish;
            copy.IntakeVersion = e.Version;
        }

        await projector.RefreshAsync(e.StudentId, context.CancellationToken);
    }
}
