namespace PartnershipHub.Contracts;

/// <summary>
/// An account can no longer sign in (deactivated by an administrator, a trainer who left, an erased student).
/// Every API refuses access tokens of <see cref="UserId"/> issued before <see cref="DeactivatedAt"/>, so a token
/// handed out before the deactivation stops working within seconds instead of at its expiry.
/// </summary>
public sealed record AccountDeactivated(Guid UserId, DateTimeOffset DeactivatedAt, string Reason) : IntegrationEvent;

/// <summary>
/// A school staff account (mentor, teacher, coordinator, care, operator) as it is now: created, its roles or name
/// changed, deactivated or reactivated. <see cref="StaffId"/> is the id every other service stores (a student's
/// mentor, a placement's teacher); <see cref="UserId"/> is the tokens' <c>sub</c>. A consumer keeps the highest
/// <see cref="Version"/> per staff id, so a late delivery never brings back an old role. An account that is no longer
/// staff (every staff role taken away) arrives with an empty <see cref="Roles"/>; a deactivated one with
/// <see cref="Active"/> false. <see cref="Language"/> is the account's preferred language (<c>nl</c> or <c>en</c>).
/// </summary>
public sealed record StaffMemberChanged(
    Guid StaffId,
    Guid UserId,
    string DisplayName,
    string Email,
    IReadOnlyList<string> Roles,
    bool Active,
    string Language,
    DateTimeOffset ChangedAt,
    long Version) : IntegrationEvent, IVersionedEvent;
