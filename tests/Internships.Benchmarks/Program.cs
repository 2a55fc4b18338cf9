using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartnershipHub.Internships.Features.Matching;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Internships.Benchmarks;

/// <summary>
/// The matching benchmark: <c>dotnet run -c Release --project tests/Internships.Benchmarks [--students N] [--companies N] [--runs N]</c>.
/// Seeds a synthetic database, then times whole matching runs through the service's own code path (read the copies,
/// build candidates and the network, solve, explain, store the proposals by COPY) beside the raw solver time on the
/// same model, and the greedy nearest-first baseline's cost and placements. Uses the local servers (PH_TEST_*).
/// </summary>
/// <remarks>Not top-level statements: those would declare a second <c>Program</c> beside the service's own.</remarks>
internal static class BenchmarkProgram
{
    public static async Task Main(string[] args)
    {
        Default("PH_TEST_POSTGRES", "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres");
        Default("PH_TEST_RABBITMQ", "amqp://guest:guest@127.0.0.1:55672");
        Default("PH_TEST_RABBITMQ_MGMT", "http://127.0.0.1:55680");
        var students = Option(args, "--students", 10_000);
        var companies = Option(args, "--companies", 3_000);
        var runs = Option(args, "--runs", 3);
        Console.WriteLine($"GC: server {System.Runtime.GCSettings.IsServerGC}, latency mode {System.Runtime.GCSettings.LatencyMode}");

        await using var database = await TestDatabase.CreateAsync("bench_" + ResourceNames.InternshipsDb);
        await using var broker = await TestVirtualHost.CreateAsync("bench-internships");
        await using var factory = new BenchmarkServiceFactory(ResourceNames.InternshipsDb, ApiAudiences.Internships, database.ConnectionString, broker.ConnectionString);
        factory.Settings["Database:MigrateOnStartup"] = "true";
        factory.Settings["Logging:LogLevel:Default"] = "Warning";
        _ = factory.Services;

        var periodId = Guid.NewGuid();
        var seeding = Stopwatch.StartNew();
        await InScopeAsync(factory, db => SyntheticData.SeedAsync(db, periodId, students, companies));
        Console.WriteLine($"Seeded {students:N0} students and {companies:N0} companies in {seeding.Elapsed.TotalSeconds:F1} s; {Environment.ProcessorCount} CPU(s).");

        // Warm-up: the native solver library, the connection pool, and the JIT. A small run first, then a full one, then
        // wait until the runtime has stopped compiling: a fresh process otherwise compiles the hot paths again at the
        // optimised tier during the first measured run, which a service that has run matching before has long done.
        // PH_BENCH_WARMUP_ROUNDS=0 skips the full run (the first measured run is then a cold one).
        await RunAsync(factory, new StartRunRequest(periodId, null, "2025-WARM", null, null, null, 3), print: false);
        if (WarmUp.Rounds() > 0)
        {
            await RunAsync(factory, new StartRunRequest(periodId, null, null, null, null, null, 3), print: false);
            var settled = await WarmUp.SettleJitAsync();
            Console.WriteLine($"warm-up: a 200-student run and one full run, unmeasured; the runtime finished compiling {settled.TotalSeconds:F1} s later");
        }

        for (var i = 1; i <= runs; i++)
        {
            Console.WriteLine($"-- run {i}");
            await RunAsync(factory, new StartRunRequest(periodId, null, null, null, null, null, 3), print: true);
        }
    }

    private static async Task RunAsync(BenchmarkServiceFactory factory, StartRunRequest request, bool print)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<MatchingRunner>();
        var clock = Stopwatch.StartNew();
        var (run, model, solution, phases) = await runner.RunAsync(request, "benchmark", CancellationToken.None);
        var total = clock.Elapsed;
        // The coordinator's read of the run: every proposal with its explanation, through the HTTP API.
        using var client = factory.CreateClient(TestTokens.Coordinator(factory.Audience));
        var getClock = Stopwatch.StartNew();
        var body = await client.GetByteArrayAsync($"/api/matching/runs/{run.Id}");
        var getTime = getClock.Elapsed;
        var raw = FlowSolver.Solve(model);
        var greedyClock = Stopwatch.StartNew();
        var greedy = GreedyMatcher.Assign(model);
        var greedyTime = greedyClock.Elapsed;
        if (!print)
        {
            return;
        }

        var rawMs = raw.SolveTime.TotalMilliseconds;
        Console.WriteLine($"students {model.Students.Count:N0}, slot groups {model.Groups.Count:N0}, candidates {model.CandidateCount:N0} ({(double)model.CandidateCount / Math.Max(1, model.Students.Count):F1} per student)");
        Console.WriteLine($"whole run (service path): {total.TotalMilliseconds:F0} ms  [read+candidates+network {run.BuildMs} ms, solve {run.SolveMs} ms, explain+store {run.StoreMs} ms]");
        Console.WriteLine($"  phases: read copies {phases.Read.TotalMilliseconds:F0}, candidates {phases.Candidates.TotalMilliseconds:F0}, network {phases.Network.TotalMilliseconds:F0}, solve {phases.Solve.TotalMilliseconds:F0}, explain {phases.Explain.TotalMilliseconds:F0}, store (COPY + commit) {phases.Store.TotalMilliseconds:F0} ms");
        Console.WriteLine($"  outside the solve (whole run - in-run solve): {total.TotalMilliseconds - phases.Solve.TotalMilliseconds:F0} ms");
        Console.WriteLine($"raw solver, same model, solved again: {rawMs:F0} ms (network build {raw.NetworkBuildTime.TotalMilliseconds:F0} ms not included)");
        Console.WriteLine($"ratio whole run / raw solve: {total.TotalMilliseconds / rawMs:F2}  (goal <= 2), whole run <= 2 s: {(total.TotalSeconds <= 2 ? "yes" : "no")}");
        Console.WriteLine($"GET /api/matching/runs/{{id}} (all {model.Students.Count:N0} proposals with explanations): {getTime.TotalMilliseconds:F0} ms, {body.Length / 1024:N0} KiB");
        Console.WriteLine($"optimal: cost {solution.Cost:N0}, placed {run.PlacedCount:N0}; greedy nearest-first ({greedyTime.TotalMilliseconds:F0} ms): cost {model.TotalCost(greedy):N0}, placed {greedy.Count(a => a >= 0):N0}");
    }

    private static async Task InScopeAsync(BenchmarkServiceFactory factory, Func<InternshipsDbContext, Task> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<InternshipsDbContext>());
    }

    private static void Default(string variable, string value) =>
        Environment.SetEnvironmentVariable(variable, Environment.GetEnvironmentVariable(variable) ?? value);

    private static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}
