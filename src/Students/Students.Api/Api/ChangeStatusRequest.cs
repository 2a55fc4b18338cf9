using PartnershipHub.Contracts;

namespace PartnershipHub.Students.Api;

public sealed record ChangeStatusRequest(StudentStatus? Status, LeavingReason? Reason, DateOnly? EffectiveOn);
