using PartnershipHub.Contracts;

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

    public void Apply(CompanyRegistered e) => Apply(e.Name, e.Sector, e.Active, e.Locations, e.Offers, e.Version);

    public void Apply(CompanyUpdated e) => Apply(e.Name, e.Sector, e.Active, e.Locations, e.Offers, e.Version);

    /// <summary>The company's full state, when newer than the copy.</summary>
    private void Apply(string name, string? sector, bool active, IReadOnlyList<CompanyLocation> locations, IReadOnlyList<string> offers, long version)
    {
        if (version <= Version)
        {
            return;
        }

        Name = name;
        Sector = sector;
        Active = active;
        Offers = [.. offers];
        Locations = [.. locations.Select(l => new LocationCopy(l.LocationId, l.Postcode, l.City, l.Latitude, l.Longitude))];
        Version = version;
    }
}
