using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class AssignmentAgreedConsumer(GuidanceDbContext db) : IConsumer<AssignmentAgreed>
{
    public Task Consume(ConsumeContext<AssignmentAgreed> context) =>
        InternshipsCopies.ApplyAsync(db, context.Message.Assignment, context.Message.Version, context.CancellationToken);
}
