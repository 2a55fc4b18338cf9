using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Insights.Features.Dashboard;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Insights.Benchmarks;

/// <summary>
/// The team dashboard at a college's scale: <c>dotnet run -c Release --project tests/Insights.Benchmarks [--students N]
/// [--companies N] [--rounds N] [--callers N]</c>. Generates three years of facts for 20,000 students and 3,000 companies
/// straight into a fresh database on the local test PostgreSQL (PH_TEST_*, COPY), hosts the service in-process, then calls
/// each dashboard page with N concurrent coordinators for a fixed number of rounds, in two views: each caller a
/// programme of its own (the usual view), and the whole school (no programme: every row counts). Prints p50/p95/max per
/// page and overall, and the data set's size. Ends by itself.
/// </summary>
/// <remarks>Not top-level statements: those would declare a second <c>Program</c> beside the service's own.</remarks>
internal static class BenchmarkProgram
{
    private static int _timeouts;

    private static string[] _pages = ["filters", "early-leaving", "companies", "signals", "assessments", "progression"];

    public static async Task Main(string[] args)
    {
        Default("PH_TEST_POSTGRES", "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres");
        Default("PH_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:55672");
        Default("PH_TEST_RABBITMQ_MGMT", "http://127.0.0.1:55680");
        var students = Option(args, "--students", 20_000);
        var companies = Option(args, "--companies", 3_000);
        var rounds = Option(args, "--rounds", 10);
        var callers = Option(args, "--callers", 20);
        var keep = args.Contains("--keep");
        var cacheOffOnly = args.Contains("--cache-off-only");
        var pages = Array.IndexOf(args, "--pages");
        if (pages >= 0 && pages + 1 < args.Length)
        {
            _pages = args[pages + 1].Split(',');
        }

        var now = DateTimeOffset.UtcNow;

        var database = await TestDatabase.CreateAsync("bench_" + ResourceNames.InsightsDb);
        try
        {
            await RunAsync(database, students, companies, rounds, callers, now, cacheOffOnly);
        }
        finally
        {
            if (keep)
            {
                // For EXPLAIN ANALYZE afterwards: the data set stays until someone drops it.
                Console.WriteLine($"Kept database {database.Name}.");
            }
            else
            {
                await database.DisposeAsync();
            }
        }
    }

    private static async Task RunAsync(TestDatabase database, int students, int companies, int rounds, int callers, DateTimeOffset now, bool cacheOffOnly)
    {
        await using var broker = await TestVirtualHost.CreateAsync("bench-insights");
        await using var factory = new BenchmarkServiceFactory(ResourceNames.InsightsDb, ApiAudiences.Insights, database.ConnectionString, broker.ConnectionString);
        factory.Settings["Database:MigrateOnStartup"] = "true";
        factory.Settings["Logging:LogLevel:Default"] = "Warning";
        _ = factory.Services;

        var seeding = Stopwatch.StartNew();
        var (history, crebos) = SyntheticCollege.Generate(now, students, companies, 20);
        var generated = seeding.Elapsed;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<InsightsDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await DemoHistoryWriter.WriteAsync(db, history, CancellationToken.None);
            await transaction.CommitAsync();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }

        Console.WriteLine($"Data set: {history.Describe()}; {history.Rows:N0} rows, database {await DatabaseSizeAsync(factory)}.");
        Console.WriteLine($"Generated in {generated.TotalSeconds:F1} s, written (COPY) and analysed in {(seeding.Elapsed - generated).TotalSeconds:F1} s; {Environment.ProcessorCount} CPU(s).");
        Console.WriteLine($"{callers} concurrent coordinators, {rounds} rounds per page (after one warm-up round), default range (3 years up to today).");

        // First every answer computed afresh (the cache off): the queries' own cost under load. Then as configured (the
        // cache on, a minute): what a team opening the dashboard together sees.
        foreach (var (label, seconds) in new[] { ("cache off: every answer computed", "0"), ("cache on (default, 60 s)", (string?)null) })
        {
            if (cacheOffOnly && seconds is null)
            {
                break;
            }

            await using var host = new BenchmarkServiceFactory(ResourceNames.InsightsDb, ApiAudiences.Insights, database.ConnectionString, broker.ConnectionString);
            host.Settings["Logging:LogLevel:Default"] = "Warning";
            if (seconds is not null)
            {
                host.Settings[DashboardCache.SecondsSetting] = seconds;
            }

            var client = host.CreateClient(TestTokens.Coordinator(ApiAudiences.Insights));
            client.Timeout = TimeSpan.FromMinutes(2);
            Console.WriteLine();
            Console.WriteLine($"=== {label}");
            await RunViewAsync(client, "one caller, programme view (cost of one answer)", 3, 1, (_, round) => $"crebo={crebos[round % crebos.Count]}");
            await RunViewAsync(client, $"programme view ({callers} callers, each one of 20 programmes, moving on each round)", rounds, callers, (caller, round) => $"crebo={crebos[(caller + round) % crebos.Count]}");
            await RunViewAsync(client, $"school view ({callers} callers, every programme)", rounds, callers, (_, _) => "");
        }
    }

    private static async Task RunViewAsync(HttpClient client, string view, int rounds, int callers, Func<int, int, string> query)
    {
        Console.WriteLine();
        Console.WriteLine(view);
        Console.WriteLine($"{"page",-16} {"calls",6} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        var all = new List<double>();
        foreach (var page in _pages)
        {
            await RoundAsync(client, page, callers, 0, query);
            _timeouts = 0;
            var times = new List<double>();
            for (var round = 1; round <= rounds; round++)
            {
                times.AddRange(await RoundAsync(client, page, callers, round, query));
            }

            all.AddRange(times);
            Print(page, times);
        }

        Print("overall", all);
    }

    /// <summary>One round: every caller asks for the page at once; answers the time each took.</summary>
    private static async Task<double[]> RoundAsync(HttpClient client, string page, int callers, int round, Func<int, int, string> query) =>
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async caller =>
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync($"/api/insights/{page}?{query(caller, round)}");
            await response.Content.LoadIntoBufferAsync();
            if (response.StatusCode == HttpStatusCode.GatewayTimeout)
            {
                // Stopped by the service's request timeout (30 s): counted as a miss, at the time it took.
                Interlocked.Increment(ref _timeouts);
            }
            else if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{page}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            return clock.Elapsed.TotalMilliseconds;
        }));

    private static void Print(string label, List<double> times)
    {
        times.Sort();
        var timeouts = Interlocked.Exchange(ref _timeouts, 0);
        Console.WriteLine($"{label,-16} {times.Count,6} {Percentile(times, 0.50),8:F0} {Percentile(times, 0.95),8:F0} {times[^1],8:F0}{(timeouts > 0 ? $"  ({timeouts} stopped at the 30 s request timeout)" : "")}");
    }

    private static double Percentile(List<double> sorted, double fraction) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];

    private static async Task<string> DatabaseSizeAsync(BenchmarkServiceFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InsightsDbContext>();
        var size = await db.Database.SqlQueryRaw<string>("SELECT pg_size_pretty(pg_database_size(current_database())) AS \"Value\"").SingleAsync();
        return size;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) ? value : fallback;
    }

    private static void Default(string variable, string value)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            Environment.SetEnvironmentVariable(variable, value);
        }
    }
}
