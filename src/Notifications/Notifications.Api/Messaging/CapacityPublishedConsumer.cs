using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The period copy: name, dates and the qualifications offered in it.</summary>
public sealed class CapacityPublishedConsumer(NotificationsDbContext db) : IConsumer<CapacityPublished>
{
    public async Task Consume(ConsumeContext<CapacityPublished> context)
    {
        var e = context.Message;
        var period = await db.Periods.FindAsync([e.PeriodId], context.CancellationToken);
        if (period is null)
        {
            period = new PeriodCopy { Id = e.PeriodId };
            db.Periods.Add(period);
        }

        period.Apply(e);
    }
}
