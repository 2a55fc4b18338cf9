using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The student's mentor: who hears about signals, reviews and discrepancies.</summary>
public sealed class MentorAssignedConsumer(NotificationsDbContext db) : IConsumer<MentorAssigned>
{
    public async Task Consume(ConsumeContext<MentorAssigned> context)
    {
        var e = context.Message;
        (await Copies.StudentAsync(db, e.StudentId, context.CancellationToken)).Apply(e);
    }
}
