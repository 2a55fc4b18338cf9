namespace PartnershipHub.Students.Features.Intakes;

public sealed record AvoidedCompanyEntry(Guid? CompanyId, string? CompanyName, string? Reason);
