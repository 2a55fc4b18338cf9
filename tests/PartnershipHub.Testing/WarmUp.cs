using System.Globalization;

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
}
