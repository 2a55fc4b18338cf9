using Microsoft.Extensions.Configuration;

namespace PartnershipHub.Messaging.Benchmarks;

/// <summary>
/// The messaging settings every path of one run uses: the library's defaults, overridden by PH_BENCH_SETTINGS
/// (e.g. "Messaging:InboxBatchSize=32;Messaging:PrefetchCount=100"). The raw run takes its prefetch and
/// concurrency from the same values, so both consumers are configured alike.
/// </summary>
internal static class BenchSettings
{
    public static Dictionary<string, string?> Overrides { get; } =
        (Environment.GetEnvironmentVariable("PH_BENCH_SETTINGS") ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0].Trim(), string? (pair) => pair.Length > 1 ? pair[1].Trim() : null);

    /// <summary>The options the services in this run bind (defaults plus overrides).</summary>
    public static MessagingOptions Options
    {
        get
        {
            var options = new MessagingOptions();
            new ConfigurationBuilder().AddInMemoryCollection(Overrides).Build()
                .GetSection(MessagingOptions.SectionName).Bind(options);
            return options;
        }
    }

    /// <summary>Per-second progress lines (committed, sent, applied) when PH_BENCH_TRACE=1.</summary>
    public static bool Trace => Environment.GetEnvironmentVariable("PH_BENCH_TRACE") == "1";

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
