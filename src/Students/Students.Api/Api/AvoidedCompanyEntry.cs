namespace PartnershipHub.Students.Api;

public sealed record AvoidedCompanyEntry(Guid? CompanyId, string? CompanyName, string? Reason);
