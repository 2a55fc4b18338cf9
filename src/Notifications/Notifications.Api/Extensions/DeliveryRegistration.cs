using Microsoft.Extensions.Options;
using PartnershipHub.Notifications.Delivery;
using PartnershipHub.Notifications.Scheduling;

namespace PartnershipHub.Notifications.Extensions;

/// <summary>Mail: composing digests and urgent mails, sending them (SMTP or a pickup folder), preferences.</summary>
public static class DeliveryRegistration
{
    public static IHostApplicationBuilder AddMailDelivery(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MailSettings>().Bind(builder.Configuration.GetSection(MailSettings.SectionName));
        services.AddOptions<DeliveryOptions>().Bind(builder.Configuration.GetSection(DeliveryOptions.SectionName));
        services.AddSingleton<MailComposer>();
        services.AddSingleton<GuardianLinkMail>();
        services.AddSingleton<MailBundler>();
        services.AddSingleton<IScheduledJob, DigestMailJob>();
        services.AddSingleton<IScheduledJob, UrgentMailJob>();

        // An SMTP host wins over the pickup folder (the AppHost sets the folder for every service in Development).
        var mail = builder.Configuration.GetSection(MailSettings.SectionName).Get<MailSettings>() ?? new MailSettings();
        if (!string.IsNullOrWhiteSpace(mail.SmtpHost))
        {
            services.AddSingleton<IMailTransport>(sp => new SmtpMailTransport(sp.GetRequiredService<IOptions<MailSettings>>().Value));
        }
        else if (!string.IsNullOrWhiteSpace(mail.PickupDirectory))
        {
            services.AddSingleton<IMailTransport>(sp => new PickupMailTransport(
                Path.GetFullPath(mail.PickupDirectory, sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        }

        services.AddSingleton<MailDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<MailDispatcher>());
        return builder;
    }
}
