using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Hours;

public sealed record RejectWeekRequest(string? Comment);
