namespace PartnershipHub.Notifications.Delivery;

/// <summary>The <c>Notifications</c> section's delivery settings: where links point, whose clock counts, how often urgent mail may go.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Notifications";

    /// <summary>The portal's address; a notification's link (a portal path) becomes an absolute URL under it.</summary>
    public string PortalBaseUrl { get; set; } = "http://localhost:5100";

    /// <summary>The clock digest hours and quiet hours are read in (IANA id).</summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>At most one urgent mail per person within this time.</summary>
    public TimeSpan UrgentMailGap { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>People composed per database round trip in one job run (all in the run's one transaction).</summary>
    public int ComposeChunkSize { get; set; } = 500;

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>An absolute URL for a portal path.</summary>
    public string LinkTo(string path) => $"{PortalBaseUrl.TrimEnd('/')}/{path.TrimStart('/')}";
}
