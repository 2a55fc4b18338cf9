namespace PartnershipHub.Identity.Security;

/// <summary>One ASP.NET Core data protection key (XML), shared by every replica through the database.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = "";
}
