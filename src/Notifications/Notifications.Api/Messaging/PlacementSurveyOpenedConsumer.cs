using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>A placement ended and its survey opened: the respondent (student or trainer) is asked once.</summary>
public sealed class PlacementSurveyOpenedConsumer(SurveyRules rules) : IConsumer<PlacementSurveyOpened>
{
    public async Task Consume(ConsumeContext<PlacementSurveyOpened> context)
    {
        await rules.OpenedAsync(context.Message, context.CancellationToken);
    }
}
