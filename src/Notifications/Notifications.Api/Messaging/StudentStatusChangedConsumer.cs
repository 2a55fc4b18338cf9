using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The student's status: only active students get reminders.</summary>
public sealed class StudentStatusChangedConsumer(NotificationsDbContext db) : IConsumer<StudentStatusChanged>
{
    public async Task Consume(ConsumeContext<StudentStatusChanged> context)
    {
        var e = context.Message;
        (await Copies.StudentAsync(db, e.StudentId, context.CancellationToken)).Apply(e);
    }
}
