using PartnershipHub.Portal.Api;

namespace PartnershipHub.Portal.CompanyScreens;

/// <summary>What the register and edit forms hold while the coordinator types; the cooperation agreement is carried along unchanged.</summary>
public sealed class CompanyForm
{
    public string? Name { get; set; }

    public string? KvkNumber { get; set; }

    public string? SbbId { get; set; }

    public string? Sector { get; set; }

    public bool Active { get; set; } = true;

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    public CompanyCooperationView Cooperation { get; set; } = new(null, null, null, []);

    public List<LocationForm> Locations { get; set; } = [new()];

    public static CompanyForm From(CompanyView company) => new()
    {
        Name = company.Name,
        KvkNumber = company.KvkNumber,
        SbbId = company.SbbId,
        Sector = company.Sector,
        Active = company.Active,
        ContactName = company.Contact.Name,
        ContactEmail = company.Contact.Email,
        ContactPhone = company.Contact.Phone,
        Cooperation = company.Cooperation,
        Locations =
        [
            .. company.Locations.Select(l => new LocationForm
            {
                Id = l.Id, Street = l.Street, Postcode = l.Postcode, City = l.City,
                GivenCoordinates = l.CoordinatesSource == "given" && l.Latitude is not null && l.Longitude is not null
                    ? (l.Postcode, l.Latitude.Value, l.Longitude.Value)
                    : null,
            }),
        ],
    };

    public CompanyWrite ToWrite() => new(
        Name?.Trim() ?? "",
        KvkNumber?.Trim() ?? "",
        Blank(SbbId),
        Blank(Sector),
        Active,
        new CompanyContactView(Blank(ContactName), Blank(ContactEmail), Blank(ContactPhone)),
        Cooperation,
        [.. Locations.Select(l => l.ToWrite())]);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>One address; <see cref="Id"/> is null for a location added in this form.</summary>
    public sealed class LocationForm
    {
        public Guid? Id { get; set; }

        public string? Street { get; set; }

        public string? Postcode { get; set; }

        public string? City { get; set; }

        /// <summary>Coordinates someone gave exactly (an import); kept while the postcode stays, else the new postcode's area is used.</summary>
        public (string Postcode, double Latitude, double Longitude)? GivenCoordinates { get; init; }

        public CompanyLocationWrite ToWrite()
        {
            var postcode = Postcode?.Trim() ?? "";
            var kept = GivenCoordinates is { } given && given.Postcode == postcode ? given : ((string, double, double)?)null;
            return new(Id, Street?.Trim() ?? "", postcode, City?.Trim() ?? "", kept?.Item2, kept?.Item3);
        }
    }
}
