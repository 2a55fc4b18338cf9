namespace PartnershipHub.Internships.Domain;

/// <summary>A training company as Companies last described it (CompanyRegistered / CompanyUpdated).</summary>
public sealed class CompanyCopy
{
    public const string CloseSupervision = "close-supervision";
    public const string FixedDailyStructure = "fixed-daily-structure";

    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string? Sector { get; set; }

    public bool Active { get; set; }

    public List<string> Offers { get; set; } = [];

    public List<LocationCopy> Locations { get; set; } = [];

    public long Version { get; set; }

    public bool OffersStructure => Offers.Contains(CloseSupervision) || Offers.Contains(FixedDailyStructure);
}
