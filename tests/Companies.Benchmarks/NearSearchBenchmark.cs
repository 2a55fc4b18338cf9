using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using PartnershipHub.Companies.Features.Companies;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Benchmarks;

/// <summary>
/// Bulk-loads <c>companies</c> companies (binary COPY) spread over the PC4 areas, each accredited for two of eight
/// qualifications, then times <c>GET /api/companies?near=…&amp;radiusKm=25&amp;crebo=…</c> over HTTP.
/// </summary>
internal static class NearSearchBenchmark
{
    public static async Task RunAsync(int companies, int requests)
    {
        await using var service = await BenchmarkService.StartAsync();
        var load = Stopwatch.StartNew();
        await BulkLoadAsync(service.DatabaseConnectionString, companies);
        Console.WriteLine($"Near search: {companies:N0} companies bulk-loaded in {load.Elapsed.TotalSeconds:F1} s");

        using var client = service.CreateClient(TestTokens.Coordinator(ApiAudiences.Companies));
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var random = new Random(50_000);
        string NextQuery()
        {
            var area = SyntheticCompanies.Areas[random.Next(SyntheticCompanies.Areas.Count)];
            var crebo = SyntheticCompanies.Crebos[random.Next(3)];
            return $"/api/companies?near={area.Pc4}&radiusKm=25&crebo={crebo}";
        }

        for (var i = 0; i < 30; i++)
        {
            (await client.GetAsync(NextQuery())).EnsureSuccessStatusCode();
        }

        var timings = new List<double>(requests);
        long found = 0;
        for (var i = 0; i < requests; i++)
        {
            var query = NextQuery();
            var stopwatch = Stopwatch.StartNew();
            var page = await client.GetFromJsonAsync<Page<CompanySummary>>(query, json);
            timings.Add(stopwatch.Elapsed.TotalMilliseconds);
            found += page!.Total;
        }

        timings.Sort();
        Console.WriteLine($"  {requests} requests (radius 25 km, one crebo, first page of 50), one at a time over HTTP on 127.0.0.1:");
        Console.WriteLine($"  p50 {Percentile(timings, 50):F1} ms, p95 {Percentile(timings, 95):F1} ms, p99 {Percentile(timings, 99):F1} ms, " +
                          $"max {timings[^1]:F1} ms; on average {found / (double)requests:N0} matching companies per query");
    }

    private static double Percentile(List<double> sorted, int percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static async Task BulkLoadAsync(string connectionString, int count)
    {
        var random = new Random(42);
        var ids = new Guid[count];
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        await using (var companies = await connection.BeginBinaryImportAsync(
            "COPY companies (id, name, kvk_number, sector, active, offers, version) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                ids[i] = Guid.CreateVersion7();
                await companies.StartRowAsync();
                await companies.WriteAsync(ids[i], NpgsqlDbType.Uuid);
                await companies.WriteAsync($"{SyntheticCompanies.Name(random)} {i}", NpgsqlDbType.Varchar);
                await companies.WriteAsync(SyntheticCompanies.Kvk(i), NpgsqlDbType.Char);
                await companies.WriteAsync("Retail", NpgsqlDbType.Varchar);
                await companies.WriteAsync(true, NpgsqlDbType.Boolean);
                await companies.WriteAsync(i % 4 == 0 ? new[] { "close-supervision" } : [], NpgsqlDbType.Array | NpgsqlDbType.Text);
                await companies.WriteAsync(1L, NpgsqlDbType.Bigint);
            }

            await companies.CompleteAsync();
        }

        await using (var locations = await connection.BeginBinaryImportAsync(
            "COPY company_locations (id, company_id, position, street, postcode, city, latitude, longitude, coordinates_source) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var area = SyntheticCompanies.Areas[random.Next(SyntheticCompanies.Areas.Count)];
                await locations.StartRowAsync();
                await locations.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await locations.WriteAsync(ids[i], NpgsqlDbType.Uuid);
                await locations.WriteAsync(0, NpgsqlDbType.Integer);
                await locations.WriteAsync("Hoofdstraat 1", NpgsqlDbType.Varchar);
                await locations.WriteAsync(SyntheticCompanies.Postcode(random, area), NpgsqlDbType.Varchar);
                await locations.WriteAsync(area.Place, NpgsqlDbType.Varchar);
                await locations.WriteAsync(area.Centre.Latitude, NpgsqlDbType.Double);
                await locations.WriteAsync(area.Centre.Longitude, NpgsqlDbType.Double);
                await locations.WriteAsync("PostcodeArea", NpgsqlDbType.Varchar);
            }

            await locations.CompleteAsync();
        }

        await using (var accreditations = await connection.BeginBinaryImportAsync(
            "COPY accreditations (company_id, crebo, routes, valid_from) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < count; i++)
            {
                var first = random.Next(SyntheticCompanies.Crebos.Count);
                foreach (var crebo in new[] { SyntheticCompanies.Crebos[first], SyntheticCompanies.Crebos[(first + 1) % SyntheticCompanies.Crebos.Count] })
                {
                    await accreditations.StartRowAsync();
                    await accreditations.WriteAsync(ids[i], NpgsqlDbType.Uuid);
                    await accreditations.WriteAsync(crebo, NpgsqlDbType.Char);
                    await accreditations.WriteAsync(new[] { 0, 1 }, NpgsqlDbType.Array | NpgsqlDbType.Integer);
                    await accreditations.WriteAsync(new DateOnly(2024, 1, 1), NpgsqlDbType.Date);
                }
            }

            await accreditations.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}
