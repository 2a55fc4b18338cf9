using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>Confirm, sign off, review: what an assignment's new status asks of whom.</summary>
public sealed class AssignmentStatusChangedConsumer(AssignmentRules rules) : IConsumer<AssignmentStatusChanged>
{
    public async Task Consume(ConsumeContext<AssignmentStatusChanged> context)
    {
        await rules.ApplyAsync(context.Message, context.CancellationToken);
    }
}
