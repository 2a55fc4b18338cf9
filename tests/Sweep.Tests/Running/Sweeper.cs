using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Sweep.Tests.Hosting;
using PartnershipHub.Sweep.Tests.Inputs;
using PartnershipHub.Sweep.Tests.Routes;

namespace PartnershipHub.Sweep.Tests.Running;

/// <summary>
/// Runs the sweep service by service (<see cref="SweepOrder"/>): each endpoint's refused batches (authorisation, then
/// bad input; each between two fingerprints of the service's database), then the service's admitted requests.
/// </summary>
public static class Sweeper
{
    private const int Parallelism = 6;

    /// <summary>
    /// Services whose facts others copy (Students' mentors, Companies' trainers, Internships' placements) are swept
    /// last: a cell that gets through there (a new mentor for the demo student) changes the relationships the copies'
    /// own endpoints are swept with only after those have been swept. A service not listed goes first.
    /// </summary>
    private static readonly List<string> SweepOrder =
        [ResourceNames.Guidance, ResourceNames.Identity, ResourceNames.Internships, ResourceNames.Companies, ResourceNames.Students];

    public static async Task<SweepResults> RunAsync(SweptSystem system, TimeSpan startUp)
    {
        var clock = Stopwatch.StartNew();
        var tokens = await CallerTokens.IssueAsync(system.Services);
        var planner = new CellPlanner(await KnownIds.FindAsync(system.Services), tokens);
        var results = new SweepResults { StartUp = startUp };
        foreach (var service in system.Services.OrderBy(s => SweepOrder.IndexOf(s.Name)))
        {
            var (endpoints, excluded) = RouteTable.Read(service);
            results.AddService(service.Name, endpoints, excluded);
            var plans = new List<CellPlanner.Plan>();
            foreach (var endpoint in endpoints)
            {
                var plan = await planner.PlanAsync(endpoint);
                results.Notes.AddRange(plan.Notes);
                plans.Add(plan);
            }

            await SweepServiceAsync(system, tokens, results, plans);
        }

        results.Elapsed = clock.Elapsed;
        return results;
    }

    /// <summary>
    /// One service: every endpoint's refused batches, then the admitted requests (reads, writes, deletes last, so an
    /// admitted change cannot disturb a refused batch), then a wait until the events they caused have been consumed.
    /// </summary>
    private static async Task SweepServiceAsync(SweptSystem system, CallerTokens tokens, SweepResults results, IReadOnlyList<CellPlanner.Plan> plans)
    {
        foreach (var plan in plans)
        {
            await RunRefusedBatchAsync(system, tokens, results, plan.Endpoint, "authorisation", plan.Authorisation);
            await RunRefusedBatchAsync(system, tokens, results, plan.Endpoint, "bad input", plan.BadInput);
        }

        foreach (var plan in plans.OrderBy(p => p.Endpoint.Method switch { "GET" => 0, "DELETE" => 2, _ => 1 }))
        {
            // Writes one at a time: two roles changing the same record at once would make the answers depend on timing.
            var statuses = await SendAllAsync(tokens, results, plan.Admitted, plan.Endpoint.Writes ? 1 : Parallelism);
            results.AdmittedAnswers[plan.Endpoint.ToString()] = statuses;
        }

        await system.WaitUntilQuietAsync();
    }

    /// <summary>
    /// Sends a batch the rules expect to be refused and compares the service's database before and after. A batch in
    /// which some request succeeded (already a failure of its own, or a harmless read) cannot be judged that way: the
    /// sweep waits for the system to settle instead, so the success cannot show up in another endpoint's batch.
    /// </summary>
    private static async Task RunRefusedBatchAsync(SweptSystem system, CallerTokens tokens, SweepResults results, SweptEndpoint endpoint, string batch, IReadOnlyList<Cell> cells)
    {
        if (cells.Count == 0)
        {
            return;
        }

        var database = endpoint.Service.Database.ConnectionString;
        var before = await DatabaseFingerprint.TakeAsync(database);
        // What must be refused goes first: what may succeed (an empty object, an unknown id) changes the record the
        // rest is aimed at, and would make their answers depend on which request came first.
        var statuses = new List<int>();
        foreach (var wave in cells.GroupBy(c => c.Expected == Expectation.Answered).OrderBy(g => g.Key))
        {
            statuses.AddRange(await SendAllAsync(tokens, results, [.. wave]));
        }

        if (statuses.Any(status => status is >= 200 and < 300))
        {
            results.UnjudgedBatches++;
            await system.WaitUntilQuietAsync();
            return;
        }

        results.JudgedBatches++;
        var changes = (await DatabaseFingerprint.TakeAsync(database)).ChangesSince(before);
        if (changes.Count > 0)
        {
            results.Add(new Failure(FailureKind.RefusedRequestStored, endpoint.Service.Name, endpoint.ToString(), $"{batch} batch ({cells.Count} requests)",
                string.Join(", ", cells.Select(c => c.Caller.Name).Distinct()), 0, "every request was refused, yet: " + string.Join("; ", changes)));
        }
    }

    private static async Task<IReadOnlyList<int>> SendAllAsync(CallerTokens tokens, SweepResults results, IReadOnlyList<Cell> cells, int parallelism = Parallelism)
    {
        var statuses = new int[cells.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, cells.Count), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, _) =>
        {
            var (status, contentType, body) = await SendAsync(tokens, cells[i]);
            statuses[i] = status;
            results.Record(cells[i], status, Verdict.Judge(cells[i], status, contentType, body));
        });
        return statuses;
    }

    private static async Task<(int Status, string? ContentType, string Body)> SendAsync(CallerTokens tokens, Cell cell)
    {
        var service = cell.Endpoint.Service;
        using var request = new HttpRequestMessage(new HttpMethod(cell.Endpoint.Method), cell.Path);
        if (tokens.For(service, cell.Caller) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (cell.Body is { Json: { } json } body)
        {
            request.Content = new StringContent(json, Encoding.UTF8, body.ContentType);
        }

        try
        {
            using var response = await service.Client.SendAsync(request);
            return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The in-memory server rethrows what the pipeline did not handle: for a caller, that is a 500.
            return (500, null, $"unhandled {exception.GetType().Name}: {exception.Message}");
        }
    }
}
