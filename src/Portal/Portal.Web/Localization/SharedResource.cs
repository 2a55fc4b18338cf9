namespace PartnershipHub.Portal.Localization;

/// <summary>Marker for the portal's texts: Resources/Localization/SharedResource.resx (Dutch) and .en.resx (English).</summary>
public sealed class SharedResource;
