using System.Text;
using PartnershipHub.Sweep.Tests.Running;

namespace PartnershipHub.Sweep.Tests.Reporting;

/// <summary>The sweep's counts, and its failures in a form a developer can act on: by service and rule, one line per cell.</summary>
public static class SweepReport
{
    private const int MaxLines = 400;

    public static string Summary(SweepResults results)
    {
        var text = new StringBuilder();
        text.AppendLine($"Sweep: {results.Endpoints} endpoints ({string.Join(", ", results.Services.Select(s => $"{s.Service} {s.Endpoints.Count}"))}), "
            + $"{results.Requests:N0} requests in {results.Elapsed.TotalSeconds:N0} s (start-up and demo seed: {results.StartUp.TotalSeconds:N0} s).");
        text.AppendLine($"  5xx: {Count(results, FailureKind.ServerError)}");
        text.AppendLine($"  wrong authorisation cells: {Count(results, FailureKind.WrongAuthorisation, FailureKind.ForeignIdAnswered)}"
            + $" (of which someone else's id answered 2xx: {Count(results, FailureKind.ForeignIdAnswered)})");
        text.AppendLine($"  400s without a field: {Count(results, FailureKind.BadRequestWithoutField)}");
        text.AppendLine($"  bad input accepted (2xx): {Count(results, FailureKind.BadInputAccepted)}");
        text.AppendLine($"  refused batches that stored something: {Count(results, FailureKind.RefusedRequestStored)} of {results.JudgedBatches} judged"
            + $" ({results.UnjudgedBatches} not judged: a request in them succeeded)");
        text.AppendLine($"  cells by expectation: {string.Join(", ", results.Expectations.OrderBy(e => e.Key).Select(e => $"{e.Key} {e.Value:N0}"))}");
        text.AppendLine($"  answers: {string.Join(", ", results.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value:N0}"))}");
        foreach (var (service, _, excluded) in results.Services.Where(s => s.Excluded.Count > 0))
        {
            text.AppendLine($"  left out or swept lightly in {service}: {string.Join("; ", excluded)}");
        }

        // Where no admitted role's plausible request got through (a state conflict, a relationship, a plausible body that is
        // not valid after all), most bad input was stopped before the endpoint's own validation: the weak spots of the sweep.
        var blocked = results.AdmittedAnswers.Where(a => a.Value.Count > 0 && a.Value.All(status => status >= 400)).OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        text.AppendLine($"  endpoints whose plausible request no admitted role got through: {blocked.Count}");
        foreach (var (endpoint, statuses) in blocked)
        {
            text.AppendLine($"    {endpoint}: {string.Join(" ", statuses.Distinct().Order())}");
        }

        foreach (var note in results.Notes)
        {
            text.AppendLine($"  note: {note}");
        }

        return text.ToString();
    }

    /// <summary>
    /// The failures grouped by service and rule; cells that differ only in the caller share a line
    /// (method route | input | status | callers | first 200 characters of the answer).
    /// </summary>
    public static string Describe(IReadOnlyList<Failure> failures)
    {
        var text = new StringBuilder();
        var lines = 0;
        foreach (var group in failures.GroupBy(f => (f.Service, f.Kind)).OrderBy(g => g.Key.Service).ThenBy(g => g.Key.Kind))
        {
            var cells = group
                .GroupBy(f => (f.Endpoint, f.Input, f.Status, f.Detail))
                .OrderBy(g => g.Key.Endpoint, StringComparer.Ordinal).ThenBy(g => g.Key.Input, StringComparer.Ordinal)
                .ToList();
            text.AppendLine($"{group.Key.Service} — {group.Key.Kind}: {group.Count()} cells");
            foreach (var cell in cells)
            {
                if (++lines > MaxLines)
                {
                    break;
                }

                text.AppendLine($"  {cell.Key.Endpoint} | {cell.Key.Input} | {cell.Key.Status} | {string.Join(", ", cell.Select(f => f.Caller).Distinct())} | {cell.Key.Detail}");
            }
        }

        if (lines > MaxLines)
        {
            text.AppendLine($"… and more ({lines - MaxLines} lines left out; the test output has the counts).");
        }

        return text.ToString();
    }

    private static int Count(SweepResults results, params FailureKind[] kinds) => results.Of(kinds).Count;
}
