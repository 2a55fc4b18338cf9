using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The placement's teacher: its school contact.</summary>
public sealed class PlacementTeacherAssignedConsumer(PlacementRules rules) : IConsumer<PlacementTeacherAssigned>
{
    public async Task Consume(ConsumeContext<PlacementTeacherAssigned> context)
    {
        var e = context.Message;
        await rules.ApplyAsync(e.Placement, e.Version, e.OccurredAt, nameof(PlacementTeacherAssigned), context.CancellationToken);
    }
}
