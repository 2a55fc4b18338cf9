using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Features.Absence;

namespace PartnershipHub.Guidance.Tests.Support;

public static class AbsenceClient
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The Monday <paramref name="weeksAgo"/> weeks before this week's.</summary>
    public static DateOnly Monday(int weeksAgo) => AbsenceSignalRule.WeekStart(Today).AddDays(-7 * weeksAgo);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Uploads <paramref name="csv"/> as the file of a multipart form, as the portal and a browser do.</summary>
    public static async Task<HttpResponseMessage> ImportAbsenceAsync(this HttpClient client, string csv)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(csv, Encoding.UTF8, "text/csv"), "file", "verzuim.csv");
        return await client.PostAsync("/api/absences/import", content);
    }

    /// <summary>How many events of this type the service's outbox holds about the student.</summary>
    public static Task<int> OutboxCountAsync(this GuidanceApiFixture fixture, string eventType, string contains) =>
        fixture.InDatabaseAsync(db => db.Database
            .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM outbox_messages WHERE message_type LIKE {"%." + eventType + ",%"} AND payload::text LIKE {"%" + contains + "%"}")
            .SingleAsync());
}
