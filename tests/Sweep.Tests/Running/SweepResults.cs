using System.Collections.Concurrent;
using PartnershipHub.Sweep.Tests.Routes;

namespace PartnershipHub.Sweep.Tests.Running;

/// <summary>What the sweep sent, what came back, and which rules broke.</summary>
public sealed class SweepResults
{
    private readonly ConcurrentQueue<Failure> _failures = new();
    private readonly ConcurrentDictionary<int, int> _statuses = new();
    private readonly ConcurrentDictionary<Expectation, int> _expectations = new();
    private int _requests;

    public List<(string Service, IReadOnlyList<SweptEndpoint> Endpoints, IReadOnlyList<string> Excluded)> Services { get; } = [];

    /// <summary>What the sweep could not do as well as it wanted (no existing id for a route value, no admitted role).</summary>
    public List<string> Notes { get; } = [];

    public int Requests => _requests;

    public int JudgedBatches { get; set; }

    /// <summary>Refused batches with a success among them, whose database change could not be put down to a refusal.</summary>
    public int UnjudgedBatches { get; set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>How long the five services took to start and finish their demo seed.</summary>
    public TimeSpan StartUp { get; set; }

    /// <summary>Per endpoint, the statuses of its admitted roles' plausible requests.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<int>> AdmittedAnswers { get; } = new();

    public IReadOnlyDictionary<int, int> Statuses => _statuses;

    /// <summary>How many cells the sweep sent with each expectation.</summary>
    public IReadOnlyDictionary<Expectation, int> Expectations => _expectations;

    public IReadOnlyList<Failure> Failures => [.. _failures];

    public int Endpoints => Services.Sum(s => s.Endpoints.Count);

    public void AddService(string service, IReadOnlyList<SweptEndpoint> endpoints, IReadOnlyList<string> excluded) =>
        Services.Add((service, endpoints, excluded));

    public void Record(Cell cell, int status, IEnumerable<Failure> failures)
    {
        Interlocked.Increment(ref _requests);
        _statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
        _expectations.AddOrUpdate(cell.Expected, 1, (_, count) => count + 1);
        foreach (var failure in failures)
        {
            _failures.Enqueue(failure);
        }
    }

    public void Add(Failure failure) => _failures.Enqueue(failure);

    public IReadOnlyList<Failure> Of(params FailureKind[] kinds) => [.. _failures.Where(f => kinds.Contains(f.Kind))];
}
