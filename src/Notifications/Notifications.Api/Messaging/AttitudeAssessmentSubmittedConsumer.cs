using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Rules;

namespace PartnershipHub.Notifications.Messaging;

/// <summary>An assessment answers the reminders; discrepancies go to the mentor.</summary>
public sealed class AttitudeAssessmentSubmittedConsumer(GuidanceRules rules) : IConsumer<AttitudeAssessmentSubmitted>
{
    public async Task Consume(ConsumeContext<AttitudeAssessmentSubmitted> context)
    {
        await rules.AssessmentSubmittedAsync(context.Message, context.CancellationToken);
    }
}
