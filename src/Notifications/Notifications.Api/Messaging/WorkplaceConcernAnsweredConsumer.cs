using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The school answered the trainer's concern: news for the trainer.</summary>
public sealed class WorkplaceConcernAnsweredConsumer(ContactRules rules) : IConsumer<WorkplaceConcernAnswered>
{
    public async Task Consume(ConsumeContext<WorkplaceConcernAnswered> context)
    {
        await rules.ConcernAnsweredAsync(context.Message, context.CancellationToken);
    }
}
