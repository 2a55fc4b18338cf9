using System.Globalization;
using System.Runtime;

namespace PartnershipHub.Testing;

/// <summary>
/// How much work a benchmark runs before it measures. A service that has been running for a while has its hot paths
/// compiled to optimised code; a fresh process runs them as quickly-jitted code and compiles them again while the
/// measured work runs, which on two cores is a large part of a few seconds' figure.
/// </summary>
public static class WarmUp
{
    public const int RowsPerRound = 2_000;

    /// <summary>Rounds of <see cref="RowsPerRound"/> rows; <c>PH_BENCH_WARMUP_ROUNDS</c> overrides (0 = a cold process).</summary>
    public static int Rounds() =>
        int.TryParse(Environment.GetEnvironmentVariable("PH_BENCH_WARMUP_ROUNDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var rounds)
            ? rounds
            : 3;

    /// <summary>
    /// Waits until the runtime has all but stopped compiling (fewer than 10 methods in a second — background timers of a
    /// running host compile the odd method now and then — at most 30 s), so methods the warm-up made hot are at their
    /// optimised tier before the measured work starts; answers how long that took.
    /// </summary>
    public static async Task<TimeSpan> SettleJitAsync()
    {
        var started = DateTime.UtcNow;
        var last = JitInfo.GetCompiledMethodCount();
        while (DateTime.UtcNow - started < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = JitInfo.GetCompiledMethodCount();
            if (now - last < 10)
            {
                break;
            }

            last = now;
        }

        return DateTime.UtcNow - started;
    }

    /// <summary>Methods the runtime compiled so far (all threads); a measured run prints how many it compiled itself.</summary>
    public static long CompiledMethods() => JitInfo.GetCompiledMethodCount();
}
