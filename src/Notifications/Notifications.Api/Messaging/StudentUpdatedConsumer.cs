using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The student copy's record and status.</summary>
public sealed class StudentUpdatedConsumer(NotificationsDbContext db) : IConsumer<StudentUpdated>
{
    public async Task Consume(ConsumeContext<StudentUpdated> context)
    {
        var e = context.Message;
        (await Copies.StudentAsync(db, e.StudentId, context.CancellationToken)).Apply(e);
    }
}
