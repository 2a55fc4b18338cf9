using System.Diagnostics;
using System.Net.Http.Headers;

namespace PartnershipHub.Students.Benchmarks;

/// <summary>One cohort of N students among the thousands imported before; filtered list requests, latency percentiles.</summary>
internal static class ListBenchmark
{
    private const string Cohort = "2025-BENCH";

    public static async Task RunAsync(BenchmarkHost host, int cohortSize, int requests)
    {
        var client = host.Coordinator();
        var path = Path.Combine(Path.GetTempPath(), $"students-cohort-{Guid.NewGuid():N}.csv");
        await CsvGenerator.WriteAsync(path, cohortSize, firstNumber: 700_000, cohort: Cohort);
        await using (var file = File.OpenRead(path))
        {
            using var content = new StreamContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            (await client.PostAsync("/api/students/import", content)).EnsureSuccessStatusCode();
        }

        File.Delete(path);
        var total = await host.InDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Students));
        Console.WriteLine($"List: cohort of {cohortSize} among {total:N0} students, {requests} requests per scenario");

        var mentor = CsvGenerator.Mentors[3];
        string[] filtered =
        [
            $"cohort={Cohort}&pageSize=50",
            $"cohort={Cohort}&status=active&pageSize=50&page=3",
            $"cohort={Cohort}&crebo=25258",
            $"cohort={Cohort}&intakeComplete=false&pageSize=50&page=2",
            $"cohort={Cohort}&text=jong",
            $"cohort={Cohort}&mentor={mentor}",
        ];
        await MeasureAsync(client, "filtered pages of 50 (cohort + one of status/crebo/intake/text/mentor)", filtered, requests);
        await MeasureAsync(client, "whole cohort in one page (pageSize=300)", [$"cohort={Cohort}&status=active&pageSize=300"], requests);
    }

    private static async Task MeasureAsync(HttpClient client, string scenario, string[] queries, int requests)
    {
        for (var i = 0; i < 50; i++)
        {
            (await client.GetAsync($"/api/students?{queries[i % queries.Length]}")).EnsureSuccessStatusCode();
        }

        var timings = new double[requests];
        var clock = new Stopwatch();
        for (var i = 0; i < requests; i++)
        {
            clock.Restart();
            using var response = await client.GetAsync($"/api/students?{queries[i % queries.Length]}");
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            timings[i] = clock.Elapsed.TotalMilliseconds;
        }

        Console.WriteLine($"  {scenario}: {Summary(timings)}");
        if (queries.Length > 1)
        {
            // Per filter, so a slow combination shows itself.
            for (var q = 0; q < queries.Length; q++)
            {
                var mine = timings.Where((_, i) => i % queries.Length == q).ToArray();
                Console.WriteLine($"    {queries[q].Replace(Cohort, "<cohort>", StringComparison.Ordinal)}: {Summary(mine)}");
            }
        }
    }

    private static string Summary(double[] timings)
    {
        var sorted = timings.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100 * sorted.Length) - 1)];
        return $"p50 {Percentile(50):F1} ms, p95 {Percentile(95):F1} ms, p99 {Percentile(99):F1} ms, max {sorted[^1]:F1} ms";
    }
}
