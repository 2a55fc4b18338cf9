using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Matching;

public sealed record OverrideRequest(Guid? CompanyId, Guid? LocationId, string? Reason);
