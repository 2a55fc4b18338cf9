namespace PartnershipHub.Portal.Api;

// The coordinator's company screens: view-shaped subsets of the Companies API's answers and the bodies it takes.

/// <summary>A row of the coordinator's company list; <see cref="Crebos"/> are current accreditations, <see cref="Places"/> published places.</summary>
public sealed record CompanyListRow(
    Guid Id, string Name, string KvkNumber, string? Sector, bool Active, string? City, string? Postcode, double? DistanceKm,
    IReadOnlyList<string>? Crebos, int Places);

/// <summary>The filters of the coordinator's company list, all applied by the Companies API in its database.</summary>
public sealed record CompanyListFilter(
    string? Text = null, string? City = null, string? Crebo = null, bool? Accredited = null, bool WithPlaces = false, Guid? PeriodId = null, string? Near = null);

public sealed record CompanyContactView(string? Name, string? Email, string? Phone);

public sealed record CompanyCooperationView(string? ContactFrequency, string? WhoToCall, string? Notes, IReadOnlyList<string>? Offers);

/// <summary>A location; <see cref="CoordinatesSource"/> is <c>given</c>, <c>postcodeArea</c> or <c>missing</c>.</summary>
public sealed record CompanyLocationView(
    Guid Id, string Street, string Postcode, string City, double? Latitude, double? Longitude, string CoordinatesSource, bool CoordinatesMissing);

public sealed record CompanyView(
    Guid Id, string Name, string KvkNumber, string? SbbId, string? Sector, bool Active,
    CompanyContactView Contact, CompanyCooperationView Cooperation, IReadOnlyList<CompanyLocationView> Locations, long Version);

/// <summary>A location as sent: its id keeps an existing location, none adds one; without coordinates the postcode's area centre is used.</summary>
public sealed record CompanyLocationWrite(Guid? Id, string Street, string Postcode, string City, double? Latitude, double? Longitude);

/// <summary>The whole company as <c>POST /api/companies</c> and <c>PUT /api/companies/{id}</c> take it.</summary>
public sealed record CompanyWrite(
    string Name, string KvkNumber, string? SbbId, string? Sector, bool Active,
    CompanyContactView Contact, CompanyCooperationView Cooperation, IReadOnlyList<CompanyLocationWrite> Locations);

public sealed record CompanyAccreditation(
    string Crebo, IReadOnlyList<string> Routes, DateOnly ValidFrom, DateOnly? ValidTo, bool Current, DateOnly? RevokedOn, string? RevocationReason);

/// <summary>Grants or extends an accreditation; routes are <c>bol</c> and/or <c>bbl</c>.</summary>
public sealed record CompanyAccreditationGrant(string Crebo, IReadOnlyList<string> Routes, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>A workplace trainer; an erased one has no name or e-mail left.</summary>
public sealed record CompanyTrainer(
    Guid Id, Guid CompanyId, string Name, string Email, string? Phone, IReadOnlyList<string>? Crebos, int MaxStudents, bool Active, bool Erased);

public sealed record CompanyTrainerWrite(string Name, string Email, string? Phone, IReadOnlyList<string> Crebos, int? MaxStudents, bool Active);

/// <summary>A placement period of the school, as the Companies API lists them (<c>GET /api/periods</c>).</summary>
public sealed record CompanyPeriod(Guid Id, string Name, DateOnly Start, DateOnly End, bool Ended);

public sealed record CompanyPeriodWrite(string Name, DateOnly? Start, DateOnly? End);

/// <summary>Places for one crebo in one period; the period travels by name and dates, as the capacity API takes it.</summary>
public sealed record CompanyCapacityWrite(string PeriodName, DateOnly PeriodStart, DateOnly PeriodEnd, string Crebo, int? Places);
