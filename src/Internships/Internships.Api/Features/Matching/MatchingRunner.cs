using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// One matching run end to end: read the copies, build the candidates, solve, explain every outcome and store the
/// run with its proposals in one transaction (the proposals by binary COPY, not one insert per row).
/// </summary>
public sealed class MatchingRunner(InternshipsDbContext db, DbContextOptions<InternshipsDbContext> options, TimeProvider time)
{
    public const int DefaultPlannedHours = 400;
    private const int MaxExclusions = 20;
    private const int SliceSize = 500;

    public async Task<(MatchingRun Run, MatchingModel Model, FlowSolution Solution, RunPhases Phases)> RunAsync(
        StartRunRequest request, string createdBy, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var weights = Weights(request.Weights);
        var maxAlternatives = request.MaxAlternatives ?? 3;
        if (maxAlternatives is < 0 or > 10)
        {
            throw new FieldValidationException("maxAlternatives", "Between 0 and 10.");
        }

        var plannedHours = request.PlannedHours ?? DefaultPlannedHours;
        if (plannedHours is <= 0 or > 5000)
        {
            throw new FieldValidationException("plannedHours", "Between 1 and 5000.");
        }

        if (request.PeriodId is not { } periodId)
        {
            throw new FieldValidationException("periodId", "Choose the period to match for.");
        }

        var period = await MatchingData.PeriodAsync(db, periodId, cancellationToken)
            ?? throw new FieldValidationException("periodId", "No company has published places for this period.");

        var crebo = string.IsNullOrWhiteSpace(request.Crebo) ? null : request.Crebo.Trim();
        var cohort = string.IsNullOrWhiteSpace(request.Cohort) ? null : request.Cohort.Trim();
        List<MatchStudent> students;
        List<MatchCompany> companies;
        // The two reads are independent, so the students come over a second connection while this one reads the companies.
        await using (var second = new InternshipsDbContext(options))
        {
            var reading = MatchingData.StudentsAsync(second, periodId, crebo, cohort, request.StudentIds, cancellationToken);
            var readingCompanies = MatchingData.CompaniesAsync(db, periodId, period.PeriodStart, null, cancellationToken);
            await Task.WhenAll(reading, readingCompanies);
            (students, companies) = (reading.Result, readingCompanies.Result);
        }

        var read = total.Elapsed;
        var model = CandidateBuilder.Build(students, companies, weights);
        var build = total.Elapsed;

        // The solver uses one core; on the other, the greedy baseline and everything the explanations need that does
        // not depend on the solution: each student's first alternatives already encoded, and why the students without
        // a single candidate cannot be placed.
        var solving = Task.Run(() => FlowSolver.Solve(model), cancellationToken);
        var greedy = GreedyMatcher.Assign(model);
        var greedyCost = model.TotalCost(greedy);
        var prepared = Prepare(model, maxAlternatives);
        var solution = await solving;

        var store = Stopwatch.StartNew();
        var run = new MatchingRun
        {
            Id = Guid.NewGuid(),
            PeriodId = periodId,
            PeriodName = period.PeriodName,
            PeriodStart = period.PeriodStart,
            PeriodEnd = period.PeriodEnd,
            CreboFilter = crebo,
            CohortFilter = cohort,
            PlannedHours = plannedHours,
            Weights = JsonSerializer.Serialize(weights, StoredJson.Options),
            Status = MatchingRunStatus.Draft,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = createdBy,
            StudentCount = students.Count,
            PlacedCount = solution.Assignment.Count(a => a >= 0),
            TotalCost = solution.Cost,
            GreedyCost = greedyCost,
            GreedyPlacedCount = greedy.Count(a => a >= 0),
        };

        // Explained in slices on the thread pool while the COPY below already writes the slices that are done, so the
        // database takes in rows while the rest are still being explained.
        var slices = Explain(run, model, solution.Assignment, prepared, maxAlternatives);
        var explained = Task.WhenAll(slices).ContinueWith(_ => store.Elapsed, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The proposals first (no foreign key waits for the run row), then the run with its timings in one insert.
            await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), slices, cancellationToken);
            run.BuildMs = (int)(build + solution.NetworkBuildTime).TotalMilliseconds;
            run.SolveMs = (int)solution.SolveTime.TotalMilliseconds;
            run.StoreMs = (int)store.Elapsed.TotalMilliseconds;
            run.TotalMs = (int)total.Elapsed.TotalMilliseconds;
            db.MatchingRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        var explain = await explained;
        var phases = new RunPhases(read, build - read, solution.NetworkBuildTime, solution.SolveTime, explain, store.Elapsed - explain, total.Elapsed);
        return (run, model, solution, phases);
    }

    public static MatchingWeights Weights(WeightsRequest? request)
    {
        var d = MatchingWeights.Default;
        var weights = new MatchingWeights(
            request?.TravelPerKm ?? d.TravelPerKm,
            request?.BeyondMaxPerKm ?? d.BeyondMaxPerKm,
            request?.SectorMismatch ?? d.SectorMismatch,
            request?.NeedsMismatch ?? d.NeedsMismatch,
            request?.Spreading ?? d.Spreading,
            request?.UnplacedPenalty ?? d.UnplacedPenalty);
        Check(weights.TravelPerKm, "weights.travelPerKm");
        Check(weights.BeyondMaxPerKm, "weights.beyondMaxPerKm");
        Check(weights.SectorMismatch, "weights.sectorMismatch");
        Check(weights.NeedsMismatch, "weights.needsMismatch");
        Check(weights.Spreading, "weights.spreading");
        if (weights.UnplacedPenalty is < 1 or > 10_000_000)
        {
            throw new FieldValidationException("weights.unplacedPenalty", "Between 1 and 10000000.");
        }

        return weights;

        static void Check(int value, string field)
        {
            if (value is < 0 or > 10_000)
            {
                throw new FieldValidationException(field, "Between 0 and 10000.");
            }
        }
    }

    /// <summary>Per student the first <c>maxAlternatives + 1</c> candidates as stored alternatives (one may be the chosen company), or for a student without candidates the whole unplaced explanation.</summary>
    private static byte[][][] Prepare(MatchingModel model, int maxAlternatives)
    {
        var prepared = new byte[model.Students.Count][][];
        for (var s = 0; s < prepared.Length; s++)
        {
            var candidates = model.Candidates[s];
            if (candidates.Length == 0)
            {
                prepared[s] = [UnplacedExplanation(model, s)];
                continue;
            }

            var alternatives = prepared[s] = new byte[Math.Min(candidates.Length, maxAlternatives + 1)][];
            for (var i = 0; i < alternatives.Length; i++)
            {
                var other = model.Companies[model.Groups[candidates[i].Group].CompanyIndex];
                alternatives[i] = ExplanationCodec.EncodeAlternative(new Alternative(other.Id, other.Name, Math.Round(candidates[i].DistanceKm, 1), candidates[i].Terms.Total));
            }
        }

        return prepared;
    }

    private static Task<MatchingProposal[]>[] Explain(MatchingRun run, MatchingModel model, int[] assignment, byte[][][] prepared, int maxAlternatives)
    {
        // A student's spreading term depends on how many took the same group before them, so it is counted in order first.
        var spreading = new long[assignment.Length];
        var taken = new int[model.Groups.Count];
        for (var s = 0; s < assignment.Length; s++)
        {
            if (assignment[s] >= 0)
            {
                spreading[s] = (long)model.Weights.Spreading * taken[model.Candidates[s][assignment[s]].Group]++;
            }
        }

        var slices = new Task<MatchingProposal[]>[(assignment.Length + SliceSize - 1) / SliceSize];
        for (var i = 0; i < slices.Length; i++)
        {
            var from = i * SliceSize;
            var to = Math.Min(assignment.Length, from + SliceSize);
            slices[i] = Task.Run(() =>
            {
                var proposals = new MatchingProposal[to - from];
                for (var s = from; s < to; s++)
                {
                    proposals[s - from] = assignment[s] < 0
                        ? Unplaced(run, model, s, model.Candidates[s].Length == 0 ? prepared[s][0] : UnplacedExplanation(model, s))
                        : ExplainPlaced(run, model, s, assignment[s], spreading[s], prepared[s], maxAlternatives);
                }

                return proposals;
            });
        }

        return slices;
    }

    private static byte[] UnplacedExplanation(MatchingModel model, int s)
    {
        var student = model.Students[s];
        var excluded = CandidateBuilder.Explain(student, model.Companies, MaxExclusions);
        var reason = model.Candidates[s].Length > 0
            ? "Every candidate's places went to students for whom the total cost was lower."
            : excluded.Count == 0 ? $"No company has places for crebo {student.Crebo} in this period." : "No company passed the hard rules.";
        return ExplanationCodec.Encode(new ProposalExplanation([new CostTerm("unplaced", model.Weights.UnplacedPenalty)], [], excluded, reason));
    }

    private static MatchingProposal Unplaced(MatchingRun run, MatchingModel model, int s, byte[] explanation) => new()
    {
        RunId = run.Id,
        StudentId = model.Students[s].Id,
        StudentName = model.Students[s].Name,
        Cost = model.Weights.UnplacedPenalty,
        Status = ProposalStatus.Unplaced,
        Explanation = explanation,
    };

    private static MatchingProposal ExplainPlaced(MatchingRun run, MatchingModel model, int s, int choice, long spreading, byte[][] alternatives, int maxAlternatives)
    {
        var student = model.Students[s];
        var chosen = model.Candidates[s][choice];
        var company = model.Companies[model.Groups[chosen.Group].CompanyIndex];
        // The alternatives are the first candidates (cheapest first) other than the chosen one; the prepared list holds
        // one more than asked for, so leaving the chosen one out still leaves enough when it is among them.
        ReadOnlySpan<CostTerm> terms =
        [
            new("travel", chosen.Terms.Travel),
            new("beyondMax", chosen.Terms.BeyondMax),
            new("sector", chosen.Terms.Sector),
            new("needs", chosen.Terms.Needs),
            new("spreading", spreading),
        ];
        return new MatchingProposal
        {
            RunId = run.Id,
            StudentId = student.Id,
            StudentName = student.Name,
            CompanyId = company.Id,
            CompanyName = company.Name,
            LocationId = chosen.LocationId,
            DistanceKm = Math.Round(chosen.DistanceKm, 1),
            Cost = chosen.Terms.Total + spreading,
            Status = ProposalStatus.Open,
            Explanation = ExplanationCodec.EncodePlaced(terms, alternatives, choice, maxAlternatives),
        };
    }

    private static async Task CopyAsync(NpgsqlConnection connection, Task<MatchingProposal[]>[] slices, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            """
            COPY matching_proposals (run_id, student_id, student_name, company_id, company_name, location_id, distance_km, cost, explanation, status, decision_reason, placement_id)
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        foreach (var slice in slices)
        {
            foreach (var p in await slice)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(p.RunId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(p.StudentId, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(p.StudentName, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(writer, p.CompanyId, NpgsqlDbType.Uuid, cancellationToken);
                await WriteNullableAsync(writer, p.CompanyName, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(writer, p.LocationId, NpgsqlDbType.Uuid, cancellationToken);
                await WriteNullableAsync(writer, p.DistanceKm, NpgsqlDbType.Double, cancellationToken);
                await writer.WriteAsync(p.Cost, NpgsqlDbType.Bigint, cancellationToken);
                await writer.WriteAsync(p.Explanation, NpgsqlDbType.Bytea, cancellationToken);
                await writer.WriteAsync((int)p.Status, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteNullAsync(cancellationToken);
                await writer.WriteNullAsync(cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, type, cancellationToken);
}
