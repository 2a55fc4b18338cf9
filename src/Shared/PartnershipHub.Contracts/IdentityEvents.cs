namespace PartnershipHub.Contracts;

/// <summary>
/// An account can no longer sign in (deactivated by an administrator, a trainer who left, an erased student).
/// Every API refuses access tokens of <see cref="UserId"/> issued before <see cref="DeactivatedAt"/>, so a token
/// handed out before the deactivation stops working within seconds instead of at its expiry.
/// </summary>
public sealed record AccountDeactivated(Guid UserId, DateTimeOffset DeactivatedAt, string Reason) : IntegrationEvent;
