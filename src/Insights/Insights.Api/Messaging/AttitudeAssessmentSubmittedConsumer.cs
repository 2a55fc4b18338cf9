using MassTransit;
using PartnershipHub.Contracts;
using PartnershipHub.Insights.Projections;

namespace PartnershipHub.Insights.Messaging;

/// <summary>An attitude assessment's counts and levels per criterion.</summary>
public sealed class AttitudeAssessmentSubmittedConsumer(GuidanceProjection guidance) : IConsumer<AttitudeAssessmentSubmitted>
{
    public Task Consume(ConsumeContext<AttitudeAssessmentSubmitted> context) => guidance.ApplyAsync(context.Message, context.CancellationToken);
}
