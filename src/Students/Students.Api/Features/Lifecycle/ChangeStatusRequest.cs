using PartnershipHub.Contracts;

namespace PartnershipHub.Students.Features.Lifecycle;

public sealed record ChangeStatusRequest(StudentStatus? Status, LeavingReason? Reason, DateOnly? EffectiveOn);
