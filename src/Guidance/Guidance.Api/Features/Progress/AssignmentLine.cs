using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Features.Progress;

public sealed record AssignmentLine(Guid AssignmentId, Guid PlacementId, string Title, AssignmentStatus Status, DateOnly? DueDate, IReadOnlyList<string> CriterionKeys, DateTimeOffset? SignedOffAt);
