using PartnershipHub.Notifications.Domain;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Notifications.Features.Preferences;

/// <summary>The whole set of choices (PUT replaces them). Quiet hours: both times or neither.</summary>
public sealed record SavePreferencesRequest(
    int? DigestHour,
    bool Immediate,
    TimeOnly? QuietFrom,
    TimeOnly? QuietUntil,
    string? Language,
    IReadOnlyList<NotificationKind>? MutedKinds)
{
    public const string RequiredKindMessage = "The placement agreement requires this notification; it cannot be turned off.";

    /// <summary>Throws a 400 naming the first field that does not fit.</summary>
    public void Validate()
    {
        if (DigestHour is not (>= 0 and <= 23))
        {
            throw new FieldValidationException("digestHour", "The digest hour must be a whole hour from 0 to 23.");
        }

        if (QuietFrom is null && QuietUntil is not null)
        {
            throw new FieldValidationException("quietFrom", "Give the time quiet hours start as well, or neither time.");
        }

        if (QuietFrom is not null && QuietUntil is null)
        {
            throw new FieldValidationException("quietUntil", "Give the time quiet hours end as well, or neither time.");
        }

        if (QuietFrom is { } from && QuietUntil is { } until && Minutes(from) == Minutes(until))
        {
            throw new FieldValidationException("quietUntil", "Quiet hours must end at another time than they start.");
        }

        if (Language is not null && NormalisedLanguage is not ("nl" or "en"))
        {
            throw new FieldValidationException("language", "The language must be nl or en, or empty for the account's language.");
        }

        var muted = MutedKinds ?? [];
        for (var i = 0; i < muted.Count; i++)
        {
            if (!NotificationKinds.CanOptOut(muted[i]))
            {
                throw new FieldValidationException($"mutedKinds[{i}]", RequiredKindMessage);
            }
        }
    }

    public string? NormalisedLanguage => Language?.Trim().ToLowerInvariant();

    public void ApplyTo(Preference preference, DateTimeOffset now)
    {
        preference.DigestHour = DigestHour!.Value;
        preference.Immediate = Immediate;
        preference.QuietFrom = QuietFrom is { } from ? Minutes(from) : null;
        preference.QuietUntil = QuietUntil is { } until ? Minutes(until) : null;
        preference.Language = NormalisedLanguage;
        preference.MutedKinds = [.. (MutedKinds ?? []).Distinct().Order()];
        preference.UpdatedAt = now;
    }

    private static TimeOnly Minutes(TimeOnly time) => new(time.Hour, time.Minute);
}
