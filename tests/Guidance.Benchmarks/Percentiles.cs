namespace PartnershipHub.Guidance.Benchmarks;

internal static class Percentiles
{
    public static string Summary(IReadOnlyCollection<double> timings)
    {
        var sorted = timings.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(p / 100 * sorted.Length) - 1))];
        return $"n={sorted.Length}, p50 {Percentile(50):F1} ms, p95 {Percentile(95):F1} ms, p99 {Percentile(99):F1} ms, max {sorted[^1]:F1} ms";
    }
}
