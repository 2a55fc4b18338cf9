using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Hours;

public sealed record HoursDay(DateOnly Date, decimal Hours, string? Description, HoursStatus Status, string? DecisionComment);
