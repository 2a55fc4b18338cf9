using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PartnershipHub.Companies.Features.Import;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Benchmarks;

/// <summary>
/// Uploads a generated register export of <c>rows</c> rows (1 in 200 deliberately malformed) over HTTP to the
/// service on Kestrel and times it end to end, then uploads it again (everything unchanged).
/// </summary>
internal static class ImportBenchmark
{
    public static async Task RunAsync(int rows)
    {
        var file = Path.Combine(Path.GetTempPath(), $"companies-import-{rows}.csv");
        var bad = await WriteCsvAsync(file, rows);
        Console.WriteLine($"Import: {rows:N0} rows ({bad} malformed), {new FileInfo(file).Length / 1024.0 / 1024.0:F1} MB CSV at {file}");

        await using var service = await BenchmarkService.StartAsync();
        using var client = service.CreateClient(TestTokens.Coordinator(ApiAudiences.Companies));

        // Files of other companies first, so start-up costs (JIT, connection pool, model building) are not counted:
        // the figure is that of a service that has been running. Tiered compilation only promotes a method to optimised
        // code after it has run a while, so one small file is not enough; PH_BENCH_WARMUP_ROUNDS=0 measures a cold
        // process (one 50-row file only).
        var rounds = WarmUp.Rounds();
        for (var round = 0; round <= rounds; round++)
        {
            var warmUp = Path.Combine(Path.GetTempPath(), $"companies-warmup-{Guid.NewGuid():N}.csv");
            await WriteCsvAsync(warmUp, round == 0 ? 50 : WarmUp.RowsPerRound, firstIndex: 9_000_000 + round * 10_000);
            await UploadAsync(client, warmUp);
            File.Delete(warmUp);
            await WaitForOutboxAsync(service.DatabaseConnectionString);
        }

        Console.WriteLine($"  warm-up: {rounds} × {WarmUp.RowsPerRound:N0} rows of other companies before measuring");
        var settled = await WarmUp.SettleJitAsync();
        Console.WriteLine($"  (the runtime finished compiling {settled.TotalSeconds:F1} s after the warm-up)");
        GC.Collect();

        ImportReport first;
        TimeSpan elapsed;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        long maxWorkingSet, startWorkingSet;
        await using (var sampler = new MemorySampler())
        {
            startWorkingSet = sampler.StartWorkingSet;
            (first, elapsed) = await UploadAsync(client, file);
            await sampler.DisposeAsync();
            maxWorkingSet = sampler.MaxWorkingSet;
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var drained = await WaitForOutboxAsync(service.DatabaseConnectionString);
        Console.WriteLine($"  first upload:  {elapsed.TotalSeconds:F2} s = {first.Rows / elapsed.TotalSeconds:N0} rows/s end to end " +
                          $"(created {first.Created:N0}, rejected {first.Rejected:N0})");
        Console.WriteLine($"  CPU:           {cpu.TotalSeconds:F2} s of this process during the upload = {first.Rows / cpu.TotalSeconds:N0} rows per CPU-second " +
                          $"(load average {LoadAverage()} on {Environment.ProcessorCount} cores; PostgreSQL's own CPU not included)");
        Console.WriteLine($"  outbox:        {first.Created:N0} CompanyRegistered events published to RabbitMQ {drained.TotalSeconds:F2} s after the response");
        Console.WriteLine($"  memory:        working set {Mb(startWorkingSet)} MB before, max {Mb(maxWorkingSet)} MB during the upload " +
                          $"(sampled every 20 ms); process peak (VmHWM) {Mb(Process.GetCurrentProcess().PeakWorkingSet64)} MB");
        Console.WriteLine("                 (one process: service + benchmark client; the client streams the file from disk)");

        cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (second, again) = await UploadAsync(client, file);
        var secondCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine($"  second upload: {again.TotalSeconds:F2} s = {second.Rows / again.TotalSeconds:N0} rows/s " +
                          $"(created {second.Created}, updated {second.Updated}, unchanged {second.Unchanged:N0}, rejected {second.Rejected}); " +
                          $"CPU {secondCpu.TotalSeconds:F2} s");
        File.Delete(file);
    }

    private static async Task<(ImportReport Report, TimeSpan Elapsed)> UploadAsync(HttpClient client, string file)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var stream = File.OpenRead(file);
        using var content = new StreamContent(stream, 64 * 1024);
        content.Headers.ContentType = new("text/csv");
        using var response = await client.PostAsync("/api/companies/import", content);
        response.EnsureSuccessStatusCode();
        var report = await response.Content.ReadFromJsonAsync<ImportReport>(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return (report!, stopwatch.Elapsed);
    }

    private static async Task<int> WriteCsvAsync(string file, int rows, int firstIndex = 0)
    {
        var random = new Random(20_000);
        var bad = 0;
        await using var writer = new StreamWriter(file);
        await writer.WriteLineAsync("kvk_number,name,sbb_id,sector,street,postcode,city,latitude,longitude,contact_name,contact_email,contact_phone,active,offers");
        for (var i = firstIndex; i < firstIndex + rows; i++)
        {
            var area = SyntheticCompanies.Areas[random.Next(SyntheticCompanies.Areas.Count)];
            var kvk = SyntheticCompanies.Kvk(i);
            var postcode = SyntheticCompanies.Postcode(random, area);
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{kvk},{SyntheticCompanies.Name(random)} {i},{100_000 + i},Retail,Hoofdstraat {1 + random.Next(200)},{postcode},{area.Place},,,Contact {i},info{i}@example.nl,06-{10_000_000 + i},true,{(i % 4 == 0 ? "close-supervision" : "")}");
            if (i % 200 == 199)
            {
                bad++;
                line = (bad % 3) switch
                {
                    0 => line.Replace(kvk, kvk[..7], StringComparison.Ordinal),
                    1 => line.Replace(postcode, "12AB", StringComparison.Ordinal),
                    _ => string.Join(',', line.Split(',')[..5]),
                };
            }

            await writer.WriteLineAsync(line);
        }

        return bad;
    }

    private static async Task<TimeSpan> WaitForOutboxAsync(string connectionString)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL", connection);
        while ((long)(await command.ExecuteScalarAsync())! > 0 && stopwatch.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(100);
        }

        return stopwatch.Elapsed;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture);
}
