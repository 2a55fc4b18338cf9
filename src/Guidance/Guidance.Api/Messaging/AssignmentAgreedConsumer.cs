using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class AssignmentAgreedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<AssignmentAgreed>
{
    public async Task Consume(ConsumeContext<AssignmentAgreed> context)
    {
        var e = context.Message;
        var copy = await InternshipsCopies.AssignmentAsync(db, e.Assignment, context.CancellationToken);
        if (copy?.Apply(e.Assignment, e.Version) == true)
        {
            await projector.RefreshAssignmentsAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
