namespace PartnershipHub.Insights.Features.Surveys;

/// <summary>
/// The school's calendar day (Europe/Amsterdam): a survey closes at the end of its <c>ClosesOn</c> day there, not at
/// midnight UTC.
/// </summary>
public sealed class SurveyCalendar(TimeProvider clock)
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public DateTimeOffset Now() => clock.GetUtcNow();

    public static DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);

    public DateOnly Today() => DayOf(clock.GetUtcNow());

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            // A host without time zone data: UTC is at most two hours off a six-week window.
            return TimeZoneInfo.Utc;
        }
    }
}
