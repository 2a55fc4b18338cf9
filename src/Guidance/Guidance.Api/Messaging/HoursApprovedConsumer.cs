using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

/// <summary>Keyed on (placement, week): the latest approval of a week (by OccurredAt) stands, so order and repeats do not matter.</summary>
public sealed class HoursApprovedConsumer(GuidanceDbContext db, ProgressProjector projector, SignalRules rules, TimeProvider clock) : IConsumer<HoursApproved>
{
    public async Task Consume(ConsumeContext<HoursApproved> context)
    {
        var e = context.Message;
        if (await InternshipsCopies.IsErasedAsync(db, e.StudentId, context.CancellationToken))
        {
            return;
        }

        var week = await db.ApprovedWeeks.FindAsync([e.PlacementId, e.WeekStart], context.CancellationToken);
        if (week is null)
        {
            week = new ApprovedWeek { PlacementId = e.PlacementId, WeekStart = e.WeekStart, StudentId = e.StudentId };
            db.ApprovedWeeks.Add(week);
        }

        if (!week.Approve(e))
        {
            return;
        }

        await db.SaveChangesAsync(context.CancellationToken);
        await rules.HoursAsync(e.PlacementId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), context.CancellationToken);

        await projector.RefreshAsync(e.StudentId, context.CancellationToken);
    }
}
