using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Matching;

public sealed record DecisionRequest(string? Reason);
