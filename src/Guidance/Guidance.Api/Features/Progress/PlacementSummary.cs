using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Features.Progress;

public sealed record PlacementSummary(
    Guid PlacementId,
    Guid CompanyId,
    string CompanyName,
    Guid? TrainerId,
    string? TrainerName,
    DateOnly StartDate,
    DateOnly EndDate,
    PlacementStatus Status,
    IReadOnlyList<PlacementRisk> Risks,
    DateOnly? StartedOn = null);
