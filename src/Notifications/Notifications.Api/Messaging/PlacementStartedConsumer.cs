using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The placement runs: hours and contacts are expected from now.</summary>
public sealed class PlacementStartedConsumer(PlacementRules rules) : IConsumer<PlacementStarted>
{
    public async Task Consume(ConsumeContext<PlacementStarted> context)
    {
        var e = context.Message;
        await rules.ApplyAsync(e.Placement with { StartedOn = e.Placement.StartedOn ?? e.StartedOn }, e.Version, e.OccurredAt, nameof(PlacementStarted), context.CancellationToken);
    }
}
