using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Delivery;

/// <summary>When a person may get mail, read on the local clock (Europe/Amsterdam): their digest hour and quiet hours.</summary>
public static class DeliveryWindow
{
    /// <summary>Inside the person's quiet hours (a span that may run past midnight; none when unset or empty).</summary>
    public static bool IsQuiet(Preference preference, TimeOnly localTime)
    {
        if (preference.QuietFrom is not { } from || preference.QuietUntil is not { } until || from == until)
        {
            return false;
        }

        return from < until
            ? localTime >= from && localTime < until
            : localTime >= from || localTime < until;
    }

    /// <summary>Today's digest hour has come (a service that was down at 07:00 still sends at 09:00).</summary>
    public static bool DigestHourHasCome(Preference preference, DateTime localNow) => localNow.Hour >= preference.DigestHour;
}
