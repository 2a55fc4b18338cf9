using PartnershipHub.Messaging.Benchmarks;
using PartnershipHub.Testing;

// Commit → outbox → broker → inbox → consumer effect, beside raw MassTransit publish → consume on the same broker.
// Uses the local servers from scripts/infra.sh (or PH_TEST_* variables); ends by itself.
// Optional second argument runs one path only (raw, effect, outbox, drain), e.g. to profile it.
var events = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
var only = args.Length > 1 ? args[1] : null;
LocalServers.UseDefaultsWhenUnset();

var settings = BenchSettings.Options;
Console.WriteLine($"Messaging benchmark: {events:N0} events per run, {Environment.ProcessorCount} cores, load average {BenchSettings.LoadAverage()}");
Console.WriteLine($"consumers: prefetch {settings.PrefetchCount}, concurrency {settings.ConcurrentMessageLimit}; inbox batch {settings.InboxBatchSize}, " +
    $"{settings.MaxConcurrentTransactions} transactions; outbox batch {settings.BatchSize}; overrides: {Environment.GetEnvironmentVariable("PH_BENCH_SETTINGS") ?? "none"}");

// Each path is set up once and runs once unmeasured first, on the same hosts: a fresh process spends the first seconds
// compiling MassTransit's, EF Core's and Npgsql's generic code again at the optimised tier (a CPU profile of an unwarmed
// drain showed ~40 % of samples on the tiered-compilation thread), and a new host generates and compiles its dependency
// injection and pipeline code again (warm-up on other hosts left ~2,500 methods to compile in a measured drain, ~12 % of
// the process's CPU), all of which a running service has long done. PH_BENCH_WARMUP_ROUNDS=0 measures a cold process.
// PH_BENCH_RUNS measured runs per path (default 3); the tables show each path's median run.
var measuredRuns = int.TryParse(Environment.GetEnvironmentVariable("PH_BENCH_RUNS"), out var runs) && runs > 0 ? runs : 3;
var warmUp = WarmUp.Rounds() > 0 ? Math.Min(events, WarmUp.RowsPerRound) : 0;
Console.WriteLine(warmUp > 0 ? $"warm-up: each measured path runs once with {warmUp:N0} events first" : "warm-up: none (cold process)");
Console.WriteLine($"measured: {measuredRuns} runs per path; the tables show the median run");
async Task<RunResult> Measure(Func<Task<IMeasuredPath>> start, int events, int warmUp)
{
    await using var path = await start();
    if (warmUp > 0)
    {
        await path.RunAsync(warmUp);
        var settled = await WarmUp.SettleJitAsync();
        Console.WriteLine($"  (warm-up done; the runtime finished compiling {settled.TotalSeconds:F1} s later)");
    }

    // Several measured runs on the same hosts, the median reported: one run's rate moves by ±10 % from run to run.
    var results = new List<RunResult>();
    for (var round = 1; round <= measuredRuns; round++)
    {
        var compiledBefore = WarmUp.CompiledMethods();
        var result = await path.RunAsync(events);
        Console.WriteLine($"  run {round}: {result.EventsPerSecond:N0} events/s (methods compiled during it: {WarmUp.CompiledMethods() - compiledBefore:N0})");
        results.Add(result);
    }

    return results.OrderBy(r => r.EventsPerSecond).ElementAt(results.Count / 2);
}

if (only is not null)
{
    var single = only switch
    {
        "raw" => await Measure(RawMassTransitRun.StartAsync, events, warmUp),
        "effect" => await Measure(RawMassTransitRun.WithEffectAsync, events, warmUp),
        "outbox" => await Measure(OutboxInboxRun.WithWritersAsync, events, warmUp),
        "drain" => await Measure(OutboxInboxRun.DrainingAsync, events, warmUp),
        _ => throw new ArgumentException($"Unknown path '{only}': use raw, effect, outbox or drain."),
    };
    Console.WriteLine(single.ToRow(only));
    Console.WriteLine($"load average after: {BenchSettings.LoadAverage()}");
    return;
}

var raw = await Measure(RawMassTransitRun.StartAsync, events, warmUp);
var effect = await Measure(RawMassTransitRun.WithEffectAsync, events, warmUp);
var outbox = await Measure(OutboxInboxRun.WithWritersAsync, events, warmUp);
var drain = await Measure(OutboxInboxRun.DrainingAsync, events, warmUp);

Console.WriteLine();
Console.WriteLine("| path | events/s | p50 ms | p99 ms |");
Console.WriteLine("|---|---:|---:|---:|");
Console.WriteLine(raw.ToRow("raw MassTransit publish → consume"));
Console.WriteLine(effect.ToRow("MassTransit publish → consumer applying the same effect (EF, own transaction; no outbox, no inbox)"));
Console.WriteLine(outbox.ToRow($"commit → outbox → broker → inbox → effect ({OutboxInboxRun.Writers} writers, one event per transaction)"));
Console.WriteLine(drain.ToRow("outbox → broker → inbox → effect, draining a committed backlog"));
Console.WriteLine();
Console.WriteLine($"end to end with writers / raw rate: {outbox.EventsPerSecond / raw.EventsPerSecond:P0}; pipeline drain / raw rate: {drain.EventsPerSecond / raw.EventsPerSecond:P0} (goal: at least 50 %)");
Console.WriteLine($"pipeline drain / MassTransit with the same effect: {drain.EventsPerSecond / effect.EventsPerSecond:P0} (what the outbox and inbox cost beyond the effect itself)");
Console.WriteLine($"load average after: {BenchSettings.LoadAverage()}");
