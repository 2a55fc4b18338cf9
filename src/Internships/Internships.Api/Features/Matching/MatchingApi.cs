using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Security;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Internships.Features.Matching;

public static class MatchingApi
{
    public static IEndpointRouteBuilder MapMatchingApi(this IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("/api/matching/runs").WithTags("Matching").RequireAuthorization(Policies.Coordinator);
        // A run over a whole cohort takes seconds (10,000 students × 3,000 companies: about one here), more than the default allows on a busy day.
        runs.MapPost("/", Start).WithLongRunningTimeout();
        runs.MapGet("/", List);
        runs.MapGet("/{runId:guid}", Get);
        runs.MapPost("/{runId:guid}/publish", Publish);
        runs.MapPost("/{runId:guid}/proposals/{studentId:guid}/accept", Accept);
        runs.MapPost("/{runId:guid}/proposals/{studentId:guid}/reject", Reject);
        runs.MapPost("/{runId:guid}/proposals/{studentId:guid}/override", Override);

        app.MapGet("/api/matching/proposals", Mine).WithTags("Matching");
        return app;
    }

    private static async Task<Created<RunResponse>> Start(
        StartRunRequest request, ClaimsPrincipal user, MatchingRunner runner, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var (run, _, _, _) = await runner.RunAsync(request, user.Actor(Roles.Coordinator).ToString(), cancellationToken);
        return TypedResults.Created($"/api/matching/runs/{run.Id}", await ResponseAsync(db, run, withProposals: true, cancellationToken));
    }

    private static async Task<Ok<List<RunResponse>>> List(InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var runs = await db.MatchingRuns.AsNoTracking().OrderByDescending(r => r.CreatedAt).Take(100).ToListAsync(cancellationToken);
        return TypedResults.Ok(runs.Select(r => Summary(r, null, null)).ToList());
    }

    private static async Task<Results<Ok<RunResponse>, NotFound>> Get(Guid runId, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var run = await db.MatchingRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return run is null ? TypedResults.NotFound() : TypedResults.Ok(await ResponseAsync(db, run, withProposals: true, cancellationToken));
    }

    private static async Task<Results<Ok<RunResponse>, NotFound>> Publish(Guid runId, InternshipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var run = await db.MatchingRuns.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (run.Status != MatchingRunStatus.Draft)
        {
            throw new TransitionConflictException(run.Status.ToString(), [], "The run is already published.", "run-already-published");
        }

        run.Status = MatchingRunStatus.Published;
        run.PublishedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ResponseAsync(db, run, withProposals: false, cancellationToken));
    }

    private static async Task<Results<Created<PlacementResponse>, NotFound>> Accept(
        Guid runId, Guid studentId, ProposalDecisions decisions, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var placement = await decisions.AcceptAsync(runId, studentId, cancellationToken);
        return placement is null
            ? TypedResults.NotFound()
            : TypedResults.Created($"/api/placements/{placement.Id}", await db.ResponseAsync(placement, await db.Students.FindAsync([studentId], cancellationToken), cancellationToken));
    }

    private static async Task<Results<Ok<ProposalResponse>, NotFound>> Reject(
        Guid runId, Guid studentId, DecisionRequest? request, ProposalDecisions decisions, CancellationToken cancellationToken)
    {
        var proposal = await decisions.RejectAsync(runId, studentId, request?.Reason, cancellationToken);
        return proposal is null ? TypedResults.NotFound() : TypedResults.Ok(ToResponse(proposal));
    }

    private static async Task<Results<Created<PlacementResponse>, NotFound>> Override(
        Guid runId, Guid studentId, OverrideRequest request, ProposalDecisions decisions, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var placement = await decisions.OverrideAsync(runId, studentId, request, cancellationToken);
        return placement is null
            ? TypedResults.NotFound()
            : TypedResults.Created($"/api/placements/{placement.Id}", await db.ResponseAsync(placement, await db.Students.FindAsync([studentId], cancellationToken), cancellationToken));
    }

    /// <summary>Published proposals only: a student's own, a trainer's at their companies; hidden until the coordinator publishes.</summary>
    private static async Task<Results<Ok<List<ProposalResponse>>, ForbidHttpResult>> Mine(ClaimsPrincipal user, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var published = db.Proposals.AsNoTracking()
            .Where(p => p.CompanyId != null && db.MatchingRuns.Any(r => r.Id == p.RunId && r.Status == MatchingRunStatus.Published));
        if (user.HasRole(Roles.Student) && user.StudentId() is { } studentId)
        {
            published = published.Where(p => p.StudentId == studentId);
        }
        else if (user.HasRole(Roles.Trainer) && user.CompanyIds().ToList() is { Count: > 0 } companies)
        {
            published = published.Where(p => companies.Contains(p.CompanyId!.Value));
        }
        else
        {
            return TypedResults.Forbid();
        }

        var proposals = await published.Take(1000).ToListAsync(cancellationToken);
        return TypedResults.Ok(proposals.Select(ToResponse).ToList());
    }

    private static async Task<RunResponse> ResponseAsync(InternshipsDbContext db, MatchingRun run, bool withProposals, CancellationToken cancellationToken)
    {
        if (!withProposals)
        {
            return Summary(run, null, null);
        }

        var proposals = await db.Proposals.AsNoTracking().Where(p => p.RunId == run.Id).OrderBy(p => p.StudentName).ToListAsync(cancellationToken);
        return Summary(
            run,
            [.. proposals.Where(p => p.CompanyId is not null).Select(ToResponse)],
            [.. proposals.Where(p => p.CompanyId is null).Select(p =>
            {
                var explanation = Read(p.Explanation);
                return new UnplacedResponse(p.StudentId, p.StudentName, explanation.Reason ?? "", explanation.Excluded, p.Status, p.PlacementId);
            })]);
    }

    private static RunResponse Summary(MatchingRun r, IReadOnlyList<ProposalResponse>? proposals, IReadOnlyList<UnplacedResponse>? unplaced) => new(
        r.Id, r.PeriodId, r.PeriodName, r.CreatedAt, r.CreatedBy, r.Status,
        JsonSerializer.Deserialize<MatchingWeights>(r.Weights, StoredJson.Options) ?? MatchingWeights.Default,
        r.StudentCount, r.PlacedCount, r.StudentCount - r.PlacedCount, r.TotalCost, r.GreedyCost, r.GreedyPlacedCount,
        new RunTimings(r.BuildMs, r.SolveMs, r.StoreMs, r.TotalMs), proposals, unplaced);

    private static ProposalResponse ToResponse(MatchingProposal p)
    {
        var explanation = Read(p.Explanation);
        return new ProposalResponse(p.RunId, p.StudentId, p.StudentName, p.CompanyId, p.CompanyName, p.LocationId, p.DistanceKm, p.Cost,
            explanation.Terms, explanation.Alternatives, p.Status, p.DecisionReason, p.PlacementId);
    }

    private static ProposalExplanation Read(byte[] stored) => ExplanationCodec.Decode(stored);
}
