using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Features.Preferences;

/// <summary>A person's delivery choices; times as "HH:mm" on the Amsterdam clock, <c>language</c> null = the account's language.</summary>
public sealed record PreferencesResponse(
    int DigestHour,
    bool Immediate,
    string? QuietFrom,
    string? QuietUntil,
    string? Language,
    IReadOnlyList<KindPreference> Kinds)
{
    public static PreferencesResponse From(Preference preference, IEnumerable<NotificationKind> kinds) => new(
        preference.DigestHour,
        preference.Immediate,
        preference.QuietFrom?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        preference.QuietUntil?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        preference.Language,
        [.. kinds.Select(kind => new KindPreference(kind, preference.MutedKinds.Contains(kind) && NotificationKinds.CanOptOut(kind), !NotificationKinds.CanOptOut(kind)))]);
}
