namespace PartnershipHub.Companies.Domain;

public sealed class CompanyLocation
{
    private CompanyLocation()
    {
    }

    public Guid Id { get; private set; }

    public Guid CompanyId { get; private set; }

    /// <summary>Order in the company's list; the first is the main location (the one an import row describes).</summary>
    public int Position { get; private set; }

    public string Street { get; private set; } = "";

    public string Postcode { get; private set; } = "";

    public string City { get; private set; } = "";

    public double? Latitude { get; private set; }

    public double? Longitude { get; private set; }

    public CoordinatesSource CoordinatesSource { get; private set; }

    internal static CompanyLocation Create(Guid companyId, int position, LocationDetails details)
    {
        var location = new CompanyLocation { Id = details.Id ?? Guid.CreateVersion7(), CompanyId = companyId };
        location.Apply(position, details);
        return location;
    }

    internal bool Matches(int position, LocationDetails details) =>
        Position == position && Street == details.Street && Postcode == details.Postcode && City == details.City
        && Latitude == details.Latitude && Longitude == details.Longitude && CoordinatesSource == details.CoordinatesSource;

    internal void Apply(int position, LocationDetails details)
    {
        Position = position;
        Street = details.Street;
        Postcode = details.Postcode;
        City = details.City;
        Latitude = details.Latitude;
        Longitude = details.Longitude;
        CoordinatesSource = details.CoordinatesSource;
    }
}
