using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>The survey was answered: its notification is read.</summary>
public sealed class PlacementSurveyAnsweredConsumer(SurveyRules rules) : IConsumer<PlacementSurveyAnswered>
{
    public async Task Consume(ConsumeContext<PlacementSurveyAnswered> context)
    {
        await rules.AnsweredAsync(context.Message, context.CancellationToken);
    }
}
