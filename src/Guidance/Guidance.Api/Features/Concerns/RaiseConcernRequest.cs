using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Features.Concerns;

/// <summary>Urgency defaults to normal; safety and incidents are treated as urgent whatever it says.</summary>
public sealed record RaiseConcernRequest(WorkplaceConcernKind? Kind, WorkplaceConcernUrgency? Urgency, string? Text);
