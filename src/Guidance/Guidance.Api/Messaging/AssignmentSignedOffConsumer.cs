using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class AssignmentSignedOffConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<AssignmentSignedOff>
{
    public async Task Consume(ConsumeContext<AssignmentSignedOff> context)
    {
        var e = context.Message;
        var copy = await InternshipsCopies.AssignmentAsync(db, e.Assignment, context.CancellationToken);
        if (copy is not null)
        {
            copy.Apply(e);
            await projector.RefreshAssignmentsAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
