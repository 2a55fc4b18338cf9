using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The company's signature answers its agreement item.</summary>
public sealed class AgreementSignatureRecordedConsumer(PlacementRules rules) : IConsumer<AgreementSignatureRecorded>
{
    public async Task Consume(ConsumeContext<AgreementSignatureRecorded> context)
    {
        await rules.RecordSignatureAsync(context.Message, context.CancellationToken);
    }
}
