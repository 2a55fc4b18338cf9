using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Revocation;
using PartnershipHub.Notifications.Infrastructure;
using PartnershipHub.Notifications.Scheduling;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Notifications.Extensions;

public static class ApplicationServices
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddDatabaseAndMessaging<NotificationsDbContext>(ResourceNames.Notifications, ResourceNames.NotificationsDb, bus =>
        {
            // Identity: a deactivated account's tokens are refused within seconds.
            bus.AddAccountRevocations();
            bus.AddNotificationConsumers();
        });

        builder.Services.AddNotificationRules();
        builder.Services.AddOptions<SchedulerOptions>().Bind(builder.Configuration.GetSection(SchedulerOptions.SectionName));
        builder.Services.AddSingleton<ScheduledJobRunner>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ScheduledJobRunner>());
        builder.AddMailDelivery();
        builder.AddStartupSeed<NotificationsDbContext, NotificationsSeed>();
        return builder;
    }
}
