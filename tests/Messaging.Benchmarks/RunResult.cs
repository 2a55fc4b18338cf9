using System.Globalization;

namespace PartnershipHub.Messaging.Benchmarks;

internal sealed record RunResult(int Events, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs)
{
    public double EventsPerSecond => Events / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public string ToRow(string name) => LatenciesMs.Count == 0
        ? string.Create(CultureInfo.InvariantCulture, $"| {name} | {EventsPerSecond:N0} | – | – |")
        : string.Create(CultureInfo.InvariantCulture, $"| {name} | {EventsPerSecond:N0} | {Percentile(0.50):N1} | {Percentile(0.99):N1} |");
}
