namespace PartnershipHub.Portal.Extensions;

/// <summary>Portal settings beyond service discovery: where the broker's management API and the Aspire dashboard are.</summary>
public sealed class PortalSettings
{
    public string? RabbitMqManagementUrl { get; set; }

    public string RabbitMqManagementUser { get; set; } = "guest";

    public string RabbitMqManagementPassword { get; set; } = "guest";

    public string? DashboardUrl { get; set; }
}
