namespace PartnershipHub.Notifications.Rules;

/// <summary>The school's calendar day (Europe/Amsterdam): weeks, "within 14 days" and "today" are counted in it.</summary>
public static class SchoolClock
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            // A host without time zone data: UTC is at most two hours off, which no rule here depends on.
            return TimeZoneInfo.Utc;
        }
    }
}
