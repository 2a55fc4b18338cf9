using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Features.Preferences;

/// <summary>One kind the person can receive: whether its mail is turned off, and whether the placement agreement requires it (no opt-out).</summary>
public sealed record KindPreference(NotificationKind Kind, bool Muted, bool Required);
