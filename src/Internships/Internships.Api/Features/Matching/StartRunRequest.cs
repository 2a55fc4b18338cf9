using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Matching;

public sealed record StartRunRequest(
    Guid? PeriodId,
    string? Crebo,
    string? Cohort,
    List<Guid>? StudentIds,
    WeightsRequest? Weights,
    int? PlannedHours,
    int? MaxAlternatives);
