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
        var (copy, applied) = await InternshipsCopies.ApplyAsync(db, e.Assignment, e.Version, context.CancellationToken);
        if (copy is not null && (applied || copy.SignedOffAt is null))
        {
            copy.SignedOffAt = e.SignedOffAt;
            copy.Feedback = e.Feedback;
        }

        if (copy is not null)
        {
            await projector.RefreshAssignmentsAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
