namespace PartnershipHub.Contracts;

// Published by the Companies service. Each event carries everything its consumers need (Internships'
// local copy for matching, Identity's invitations), so nobody calls back for details.

public sealed record CompanyLocation(
    Guid LocationId,
    string Street,
    string Postcode,
    string City,
    double? Latitude,
    double? Longitude);

/// <summary>The company's full state at <see cref="Version"/>; CompanyUpdated has the same shape.</summary>
public sealed record CompanyRegistered(
    Guid CompanyId,
    string Name,
    string KvkNumber,
    string? Sector,
    bool Active,
    IReadOnlyList<CompanyLocation> Locations,
    IReadOnlyList<string> Offers,
    long Version) : IntegrationEvent, IVersionedEvent;

public sealed record CompanyUpdated(
    Guid CompanyId,
    string Name,
    string KvkNumber,
    string? Sector,
    bool Active,
    IReadOnlyList<CompanyLocation> Locations,
    IReadOnlyList<string> Offers,
    long Version) : IntegrationEvent, IVersionedEvent;

/// <summary>Granted or extended: the accreditation for <see cref="Crebo"/> is valid for these routes and dates.</summary>
public sealed record AccreditationGranted(
    Guid CompanyId,
    string Crebo,
    IReadOnlyList<LearningRoute> Routes,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    long Version) : IntegrationEvent, IVersionedEvent;

public sealed record AccreditationRevoked(
    Guid CompanyId,
    string Crebo,
    string Reason,
    DateOnly RevokedOn,
    long Version) : IntegrationEvent, IVersionedEvent;

public sealed record TrainerRegistered(
    Guid TrainerId,
    Guid CompanyId,
    string Name,
    string Email,
    string? Phone,
    IReadOnlyList<string> Crebos,
    int MaxStudents,
    long Version) : IntegrationEvent, IVersionedEvent;

public sealed record TrainerDeactivated(
    Guid TrainerId,
    Guid CompanyId,
    long Version) : IntegrationEvent, IVersionedEvent;

/// <summary>Places for one qualification in one period; a later version for the same (company, period, crebo) replaces it.</summary>
public sealed record CapacityPublished(
    Guid CompanyId,
    Guid PeriodId,
    string PeriodName,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Crebo,
    int Places,
    long Version) : IntegrationEvent, IVersionedEvent;

/// <summary>
/// The trainer's personal data was erased (right to erasure): every service forgets their name, e-mail address and
/// phone number, and Identity their login for this company. The ids stay, so placements, assessments and history keep
/// their shape; no later event about this trainer follows. Companies publishes <see cref="TrainerDeactivated"/> first
/// when the trainer was still active.
/// </summary>
public sealed record TrainerErased(
    Guid TrainerId,
    Guid CompanyId,
    long Version) : IntegrationEvent, IVersionedEvent;
