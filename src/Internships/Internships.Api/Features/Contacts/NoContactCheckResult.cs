using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Features.Contacts;

public sealed record NoContactCheckResult(int Flagged);
