namespace PartnershipHub.Identity.Features.Audit;

public sealed record AuditEntryResponse(DateTimeOffset At, string Event, Guid? UserId, string? Actor, string? Detail, string? IpAddress);
