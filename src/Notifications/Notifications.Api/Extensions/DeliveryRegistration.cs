namespace PartnershipHub.Notifications.Extensions;

/// <summary>Mail: composing digests and urgent mails, sending them (SMTP or a pickup folder), preferences.</summary>
public static class DeliveryRegistration
{
    public static IHostApplicationBuilder AddMailDelivery(this IHostApplicationBuilder builder) => builder;
}
