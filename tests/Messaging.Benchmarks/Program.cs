using PartnershipHub.Messaging.Benchmarks;

// Commit → outbox → broker → inbox → consumer effect, beside raw MassTransit publish → consume on the same broker.
// Uses the local servers from scripts/infra.sh (or PH_TEST_* variables); ends by itself.
// Optional second argument runs one path only (raw, outbox, drain), e.g. to profile it.
var events = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
var only = args.Length > 1 ? args[1] : null;
LocalServers.UseDefaultsWhenUnset();

var settings = BenchSettings.Options;
Console.WriteLine($"Messaging benchmark: {events:N0} events per run, {Environment.ProcessorCount} cores, load average {BenchSettings.LoadAverage()}");
Console.WriteLine($"consumers: prefetch {settings.PrefetchCount}, concurrency {settings.ConcurrentMessageLimit}; inbox batch {settings.InboxBatchSize}, " +
    $"{settings.MaxConcurrentTransactions} transactions; outbox batch {settings.BatchSize}; overrides: {Environment.GetEnvironmentVariable("PH_BENCH_SETTINGS") ?? "none"}");
if (only is not null)
{
    var single = only switch
    {
        "raw" => await RawMassTransitRun.RunAsync(events),
        "outbox" => await OutboxInboxRun.RunAsync(events),
        "drain" => await OutboxInboxRun.DrainAsync(events),
        _ => throw new ArgumentException($"Unknown path '{only}': use raw, outbox or drain."),
    };
    Console.WriteLine(single.ToRow(only));
    Console.WriteLine($"load average after: {BenchSettings.LoadAverage()}");
    return;
}

var raw = await RawMassTransitRun.RunAsync(events);
var outbox = await OutboxInboxRun.RunAsync(events);
var drain = await OutboxInboxRun.DrainAsync(events);

Console.WriteLine();
Console.WriteLine("| path | events/s | p50 ms | p99 ms |");
Console.WriteLine("|---|---:|---:|---:|");
Console.WriteLine(raw.ToRow("raw MassTransit publish → consume"));
Console.WriteLine(outbox.ToRow($"commit → outbox → broker → inbox → effect ({OutboxInboxRun.Writers} writers, one event per transaction)"));
Console.WriteLine(drain.ToRow("outbox → broker → inbox → effect, draining a committed backlog"));
Console.WriteLine();
Console.WriteLine($"end to end with writers / raw rate: {outbox.EventsPerSecond / raw.EventsPerSecond:P0}; pipeline drain / raw rate: {drain.EventsPerSecond / raw.EventsPerSecond:P0} (goal: at least 50 %)");
Console.WriteLine($"load average after: {BenchSettings.LoadAverage()}");
