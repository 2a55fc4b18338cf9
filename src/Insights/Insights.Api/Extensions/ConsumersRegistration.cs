using MassTransit;

namespace PartnershipHub.Insights.Extensions;

/// <summary>The read model's consumers (Messaging/), one per event Insights hears.</summary>
internal static class ConsumersRegistration
{
    public static void AddInsightsConsumers(this IBusRegistrationConfigurator bus)
    {
    }
}
