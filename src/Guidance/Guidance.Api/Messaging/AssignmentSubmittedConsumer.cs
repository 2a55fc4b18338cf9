using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Messaging;

public sealed class AssignmentSubmittedConsumer(GuidanceDbContext db) : IConsumer<AssignmentSubmitted>
{
    public Task Consume(ConsumeContext<AssignmentSubmitted> context) =>
        InternshipsCopies.ApplyAsync(db, context.Message.Assignment, context.Message.Version, context.CancellationToken);
}
