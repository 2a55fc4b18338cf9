using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>All signatures are in: the agreement needs nobody any more.</summary>
public sealed class PlacementAgreementSignedConsumer(PlacementRules rules) : IConsumer<PlacementAgreementSigned>
{
    public async Task Consume(ConsumeContext<PlacementAgreementSigned> context)
    {
        var e = context.Message;
        await rules.ApplyAsync(e.Placement, e.Version, e.SignedAt, nameof(PlacementAgreementSigned), context.CancellationToken);
    }
}
