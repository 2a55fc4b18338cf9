using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Features.Absence;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Security;
using PartnershipHub.Testing;

namespace PartnershipHub.Guidance.Benchmarks;

/// <summary>
/// School absence import of <c>students × days</c> rows (a generated export) and the signal evaluation after it: the
/// first import (all rows new), the evaluation of every student it changed, the same file again (all unchanged) and a
/// file with a twentieth of the rows changed, each with its time, the bytes it allocated and the process's peak working set.
/// </summary>
internal static class AbsenceBenchmark
{
    public static async Task RunAsync(BenchmarkHost host, int studentCount, int days)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var students = await SeedStudentsAsync(host, studentCount, today);
        var schoolDays = SchoolDays(today, days);
        var csv = Csv(students, schoolDays, changedEvery: 0);
        Console.WriteLine($"Absence: {studentCount:N0} students × {days} school days = {studentCount * days:N0} rows, {csv.Length / 1024.0 / 1024.0:F1} MB of CSV");

        var coordinator = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimNames.Role, Roles.Coordinator), new Claim(ClaimNames.StaffId, Guid.NewGuid().ToString())], "bench"));
        var (report, changed) = await MeasureAsync("first import (importer: parse, COPY, upsert, events)", () => host.InScopeAsync(provider =>
            provider.GetRequiredService<SchoolAbsenceImporter>().ImportAsync(new MemoryStream(csv), coordinator, CancellationToken.None)));
        Console.WriteLine($"    created {report.Created:N0}, rejected {report.Rejected:N0}, students {report.Students:N0}, changed students {changed.Count:N0}");

        var raised = await MeasureAsync($"signal evaluation of the {changed.Count:N0} changed students", () => host.InScopeAsync(provider =>
            provider.GetRequiredService<AbsenceSignalRule>().EvaluateAsync(changed, today, CancellationToken.None)));
        var signals = await host.InDatabaseAsync(db => db.Signals.AsNoTracking().GroupBy(s => s.Rule).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        Console.WriteLine($"    raised {raised:N0}: {string.Join(", ", signals.Select(s => $"{s.Key} {s.Count:N0}"))}");

        await MeasureAsync($"evaluation again, signals already open", () => host.InScopeAsync(provider =>
            provider.GetRequiredService<AbsenceSignalRule>().EvaluateAsync(changed, today, CancellationToken.None)));

        var client = host.Client(TestTokens.Coordinator(ApiAudiences.Guidance));
        var again = await MeasureAsync("same file again over HTTP (import + evaluation)", () => PostAsync(client, csv));
        Console.WriteLine($"    created {again.Created:N0}, updated {again.Updated:N0}, unchanged {again.Unchanged:N0}");

        var changedCsv = Csv(students, schoolDays, changedEvery: 20);
        var updated = await MeasureAsync("a twentieth of the rows changed, over HTTP (import + evaluation)", () => PostAsync(client, changedCsv));
        Console.WriteLine($"    created {updated.Created:N0}, updated {updated.Updated:N0}, unchanged {updated.Unchanged:N0}, rows listed {updated.Rows.Count:N0} (+{updated.RowsLeftOut:N0} left out)");
    }

    private static async Task<T> MeasureAsync<T>(string what, Func<Task<T>> work)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = await work();
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"  {what}: {clock.Elapsed.TotalSeconds:F2} s, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024.0:N0} MB, peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:N0} MB");
        return result;
    }

    private static async Task<AbsenceImportReport> PostAsync(HttpClient client, byte[] csv)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "verzuim.csv");
        using var response = await client.PostAsync("/api/absences/import", content);
        response.EnsureSuccessStatusCode();
        return (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<AbsenceImportReport>(response.Content, BenchJson.Options))!;
    }

    /// <summary>The last <paramref name="count"/> weekdays up to today.</summary>
    private static List<DateOnly> SchoolDays(DateOnly today, int count)
    {
        var days = new List<DateOnly>();
        for (var day = today; days.Count < count; day = day.AddDays(-1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(day);
            }
        }

        days.Reverse();
        return days;
    }

    /// <summary>
    /// Most students miss an hour now and then, mostly authorised; one in twenty misses three unauthorised hours a day
    /// (above the threshold), one in thirty more each week (rising). <paramref name="changedEvery"/> &gt; 0 adds a quarter
    /// hour to every n-th row.
    /// </summary>
    private static byte[] Csv(List<(Guid Id, string Number)> students, List<DateOnly> days, int changedEvery)
    {
        var text = new StringBuilder(students.Count * days.Count * 40);
        text.Append("studentnummer;datum;uren;geoorloofd;reden\n");
        var random = new Random(7);
        var row = 0;
        var firstWeek = AbsenceSignalRule.WeekStart(days[0]);
        for (var s = 0; s < students.Count; s++)
        {
            foreach (var day in days)
            {
                var week = (day.DayNumber - firstWeek.DayNumber) / 7;
                var (hours, authorised) = (s % 20) switch
                {
                    0 => (3m, false),
                    _ when s % 30 == 1 => (0.5m + week * 0.5m, false),
                    _ => (0.25m * random.Next(1, 9), random.Next(10) != 0),
                };
                if (changedEvery > 0 && row % changedEvery == 0)
                {
                    hours += 0.25m;
                }

                row++;
                text.Append(students[s].Number).Append(';').Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(';')
                    .Append(hours.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL"))).Append(';').Append(authorised ? "ja" : "nee").Append(';')
                    .Append(authorised ? "ZK" : "").Append('\n');
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Students with numbers; one in ten enrolled within the last three months (their signals are urgent).</summary>
    private static async Task<List<(Guid Id, string Number)>> SeedStudentsAsync(BenchmarkHost host, int count, DateOnly today)
    {
        var clock = Stopwatch.StartNew();
        var students = new List<(Guid, string)>(count);
        const int Batch = 2000;
        for (var start = 0; start < count; start += Batch)
        {
            await host.InDatabaseAsync(async db =>
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (var n = start; n < Math.Min(count, start + Batch); n++)
                {
                    var id = Guid.NewGuid();
                    var number = $"V{n:000000}";
                    students.Add((id, number));
                    db.Students.Add(new StudentCopy
                    {
                        Id = id, StudentNumber = number, FirstName = "Student", LastName = $"V{n:000000}", Cohort = "2026-ABS", EnrolmentId = Guid.NewGuid(),
                        Crebo = "25258", QualificationName = "Verkoper", Level = 2, Route = LearningRoute.Bol,
                        EnrolmentStart = n % 10 == 0 ? today.AddDays(-45) : new DateOnly(2025, 9, 1), ExpectedEnd = new DateOnly(2028, 7, 1),
                        MentorStaffId = Guid.NewGuid(), RecordVersion = 1, EnrolmentVersion = 1, MentorVersion = 1,
                    });
                }

                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync();
                return 0;
            });
        }

        await host.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE student_copies"));
        Console.WriteLine($"Seeded {count:N0} students in {clock.Elapsed.TotalSeconds:F0} s");
        return students;
    }
}
