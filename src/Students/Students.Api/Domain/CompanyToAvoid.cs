namespace PartnershipHub.Students.Domain;

/// <summary>A company the student should not be placed at; the reason is a staff note and stays in this service.</summary>
public sealed record CompanyToAvoid(Guid? CompanyId, string CompanyName, string? Reason);
