using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The student copy: name, number, address, enrolment, mentor.</summary>
public sealed class StudentEnrolledConsumer(NotificationsDbContext db) : IConsumer<StudentEnrolled>
{
    public async Task Consume(ConsumeContext<StudentEnrolled> context)
    {
        var e = context.Message;
        (await Copies.StudentAsync(db, e.StudentId, context.CancellationToken)).Apply(e);
    }
}
