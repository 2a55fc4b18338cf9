using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Hours;

public sealed record LogHoursRequest(decimal? Hours, string? Description);
