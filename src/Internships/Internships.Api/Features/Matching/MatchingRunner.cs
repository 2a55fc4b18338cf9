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
public sealed class MatchingRunner(InternshipsDbContext db, TimeProvider time)
{
    public const int DefaultPlannedHours = 400;
    private const int MaxExclusions = 20;

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
        var students = await MatchingData.StudentsAsync(db, periodId, crebo, cohort, request.StudentIds, cancellationToken);
        var companies = await MatchingData.CompaniesAsync(db, periodId, period.PeriodStart, null, cancellationToken);
        var read = total.Elapsed;
        var model = CandidateBuilder.Build(students, companies, weights);
        var build = total.Elapsed;

        var solution = FlowSolver.Solve(model);
        var greedy = GreedyMatcher.Assign(model);

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
            Weights = JsonSerializer.Serialize(weights, JsonColumn.Options),
            Status = MatchingRunStatus.Draft,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = createdBy,
            StudentCount = students.Count,
            PlacedCount = solution.Assignment.Count(a => a >= 0),
            TotalCost = solution.Cost,
            GreedyCost = model.TotalCost(greedy),
            GreedyPlacedCount = greedy.Count(a => a >= 0),
        };

        var proposals = Explain(run, model, solution.Assignment, maxAlternatives);
        var explain = store.Elapsed;
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.MatchingRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), proposals, cancellationToken);
            run.BuildMs = (int)(build + solution.NetworkBuildTime).TotalMilliseconds;
            run.SolveMs = (int)solution.SolveTime.TotalMilliseconds;
            run.StoreMs = (int)store.Elapsed.TotalMilliseconds;
            run.TotalMs = (int)total.Elapsed.TotalMilliseconds;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
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

    private static List<MatchingProposal> Explain(MatchingRun run, MatchingModel model, int[] assignment, int maxAlternatives)
    {
        var taken = new int[model.Groups.Count];
        var proposals = new MatchingProposal[assignment.Length];
        for (var s = 0; s < assignment.Length; s++)
        {
            var student = model.Students[s];
            var candidates = model.Candidates[s];
            if (assignment[s] < 0)
            {
                var excluded = CandidateBuilder.Explain(student, model.Companies, MaxExclusions);
                var reason = candidates.Length > 0
                    ? "Every candidate's places went to students for whom the total cost was lower."
                    : excluded.Count == 0 ? $"No company has places for crebo {student.Crebo} in this period." : "No company passed the hard rules.";
                proposals[s] = new MatchingProposal
                {
                    RunId = run.Id,
                    StudentId = student.Id,
                    StudentName = student.Name,
                    Cost = model.Weights.UnplacedPenalty,
                    Status = ProposalStatus.Unplaced,
                    Explanation = JsonSerializer.Serialize(new ProposalExplanation([new CostTerm("unplaced", model.Weights.UnplacedPenalty)], [], excluded, reason), JsonColumn.Options),
                };
                continue;
            }

            var chosen = candidates[assignment[s]];
            var spreading = (long)model.Weights.Spreading * taken[chosen.Group]++;
            var company = model.Companies[model.Groups[chosen.Group].CompanyIndex];
            var alternatives = candidates
                .Where((_, i) => i != assignment[s])
                .Take(maxAlternatives)
                .Select(c => new Alternative(model.Companies[model.Groups[c.Group].CompanyIndex].Id, model.Companies[model.Groups[c.Group].CompanyIndex].Name, Math.Round(c.DistanceKm, 1), c.Terms.Total))
                .ToList();
            IReadOnlyList<CostTerm> terms =
            [
                new("travel", chosen.Terms.Travel),
                new("beyondMax", chosen.Terms.BeyondMax),
                new("sector", chosen.Terms.Sector),
                new("needs", chosen.Terms.Needs),
                new("spreading", spreading),
            ];
            proposals[s] = new MatchingProposal
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
                Explanation = JsonSerializer.Serialize(new ProposalExplanation(terms, alternatives, [], null), JsonColumn.Options),
            };
        }

        return [.. proposals];
    }

    private static async Task CopyAsync(NpgsqlConnection connection, List<MatchingProposal> proposals, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            """
            COPY matching_proposals (run_id, student_id, student_name, company_id, company_name, location_id, distance_km, cost, explanation, status, decision_reason, placement_id)
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        foreach (var p in proposals)
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
            await writer.WriteAsync(p.Explanation, NpgsqlDbType.Jsonb, cancellationToken);
            await writer.WriteAsync((int)p.Status, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteNullAsync(cancellationToken);
            await writer.WriteNullAsync(cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        value is null ? writer.WriteNullAsync(cancellationToken) : writer.WriteAsync(value, type, cancellationToken);
}
