using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

/// <summary>
/// Every step of an assignment, drafts and change requests included: the narrower events (agreed, submitted, signed
/// off) left a drafted assignment out of the mentor's view while the trainer already had it to confirm.
/// </summary>
public sealed class AssignmentStatusChangedConsumer(GuidanceDbContext db, ProgressProjector projector) : IConsumer<AssignmentStatusChanged>
{
    public async Task Consume(ConsumeContext<AssignmentStatusChanged> context)
    {
        var e = context.Message;
        var copy = await InternshipsCopies.AssignmentAsync(db, e.Assignment, context.CancellationToken);
        if (copy?.Apply(e.Assignment, e.Version) == true)
        {
            await projector.RefreshAssignmentsAsync(copy.StudentId, context.CancellationToken);
        }
    }
}
