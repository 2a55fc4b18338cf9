using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Features.PersonalData;

/// <summary>The student's own delivery choices; absent (null) when they never changed the defaults.</summary>
public sealed record PreferenceExport(
    int DigestHour,
    bool Immediate,
    TimeOnly? QuietFrom,
    TimeOnly? QuietUntil,
    string? Language,
    IReadOnlyList<NotificationKind> MutedKinds,
    DateTimeOffset UpdatedAt)
{
    public static PreferenceExport From(Preference p) =>
        new(p.DigestHour, p.Immediate, p.QuietFrom, p.QuietUntil, p.Language, [.. p.MutedKinds.Order()], p.UpdatedAt);
}
