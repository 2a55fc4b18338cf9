using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class AssignmentSubmittedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<AssignmentSubmitted>
{
    public async Task Consume(ConsumeContext<AssignmentSubmitted> context)
    {
        var (copy, applied) = await InternshipsCopies.ApplyAsync(db, context.Message.Assignment, context.Message.Version, context.CancellationToken);
        if (copy is not null && applied)
        {
            await projector.RefreshAssignmentsAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
