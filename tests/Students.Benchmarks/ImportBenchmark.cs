using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.Students.Features.Import;
using PartnershipHub.Testing;

namespace PartnershipHub.Students.Benchmarks;

/// <summary>Uploads a generated export of N students end to end over HTTP and reports throughput and peak memory.</summary>
internal static class ImportBenchmark
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task RunAsync(BenchmarkHost host, int rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"students-import-{Guid.NewGuid():N}.csv");
        try
        {
            await CsvGenerator.WriteAsync(path, rows, firstNumber: 200_000);
            Console.WriteLine($"Import: {rows:N0} rows, file {new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB");
            var client = host.Coordinator();

            // Files of other students first, so start-up costs (JIT, connection pool, model building) are not counted:
            // the figure is that of a service that has been running. Tiered compilation only promotes a method to
            // optimised code after it has run a while, so one small file is not enough; PH_BENCH_WARMUP_ROUNDS=0
            // measures a cold process (one 50-row file only).
            var rounds = WarmUp.Rounds();
            for (var round = 0; round <= rounds; round++)
            {
                var warmUp = Path.Combine(Path.GetTempPath(), $"students-warmup-{Guid.NewGuid():N}.csv");
                await CsvGenerator.WriteAsync(warmUp, round == 0 ? 50 : WarmUp.RowsPerRound, firstNumber: 900_000 + round * 10_000, cohort: "WARMUP");
                await UploadAsync(client, warmUp);
                File.Delete(warmUp);
                await WaitForOutboxDrainedAsync(host);
            }

            Console.WriteLine($"  warm-up: {rounds} × {WarmUp.RowsPerRound:N0} rows of other students before measuring");
            var settled = await WarmUp.SettleJitAsync();
            Console.WriteLine($"  (the runtime finished compiling {settled.TotalSeconds:F1} s after the warm-up)");

            var baseline = MemoryProbe.ProcessHighWaterMarkBytes();
            await using (var probe = MemoryProbe.Start())
            {
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var report = await UploadAsync(client, path);
                var uploaded = clock.Elapsed;
                var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                Console.WriteLine($"  first import : created {report.Created:N0}, rejected {report.Rejected:N0}");
                Console.WriteLine($"  HTTP upload to report : {uploaded.TotalSeconds:F2} s = {rows / uploaded.TotalSeconds:N0} rows/s");
                Console.WriteLine($"  CPU time of the process during the upload: {cpu.TotalSeconds:F2} s = {rows / cpu.TotalSeconds:N0} rows per CPU-second (load average now {LoadAverage()})");
                await WaitForOutboxDrainedAsync(host);
                var published = clock.Elapsed;

                Console.WriteLine($"  until every StudentEnrolled was published : {published.TotalSeconds:F2} s = {rows / published.TotalSeconds:N0} rows/s");
                Console.WriteLine($"  peak working set while importing (sampled every 20 ms): {probe.PeakBytes / 1024.0 / 1024.0:F0} MB");
            }

            Console.WriteLine($"  process high-water mark (VmHWM) before/after: {baseline / 1024.0 / 1024.0:F0} / {MemoryProbe.ProcessHighWaterMarkBytes() / 1024.0 / 1024.0:F0} MB");
            Console.WriteLine("  (one process: service, in-memory test server and the benchmark's client together)");

            var again = Stopwatch.StartNew();
            var second = await UploadAsync(client, path);
            Console.WriteLine($"  re-import of the same file: unchanged {second.Unchanged:N0} in {again.Elapsed.TotalSeconds:F2} s = {rows / again.Elapsed.TotalSeconds:N0} rows/s");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The machine is shared; the 1-minute load average says how much of it the run really had.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static async Task<ImportReport> UploadAsync(HttpClient client, string path)
    {
        await using var file = File.OpenRead(path);
        using var content = new StreamContent(file, 1 << 16);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var response = await client.PostAsync("/api/students/import", content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<ImportReport>(Json) ?? throw new InvalidOperationException("No report.");
    }

    private static async Task WaitForOutboxDrainedAsync(BenchmarkHost host)
    {
        while (await host.InDatabaseAsync(db => db.Set<OutboxMessage>().AnyAsync(m => m.SentAt == null)))
        {
            await Task.Delay(50);
        }
    }
}
