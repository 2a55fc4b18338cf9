using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Placements;

public sealed record EndEarlyRequest(PlacementEndReason? Reason, string? EndedByRole, string? Note, DateOnly? EndedOn);
