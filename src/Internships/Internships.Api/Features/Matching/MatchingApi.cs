using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Security;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.ServiceDefaults.Errors;
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
        runs.MapDelete("/{runId:guid}", Discard);
        runs.MapGet("/{runId:guid}/proposals", Proposals);
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
        return TypedResults.Created($"/api/matching/runs/{run.Id}", await RunResponses.ResponseAsync(db, run, withProposals: true, cancellationToken));
    }

    /// <summary>Runs, newest first, a page at a time with the total; <paramref name="status"/> narrows to drafts or published runs.</summary>
    private static async Task<Ok<PageResponse<RunResponse>>> List(
        InternshipsDbContext db, int? page, int? pageSize, string? status, CancellationToken cancellationToken)
    {
        var paging = Paging.From(page, pageSize);
        var query = db.MatchingRuns.AsNoTracking();
        if (status is not null)
        {
            if (!Enum.TryParse<MatchingRunStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
            {
                throw new FieldValidationException("status", "Draft or Published.");
            }

            query = query.Where(r => r.Status == parsed);
        }

        var total = await query.CountAsync(cancellationToken);
        var runs = await query.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PageResponse<RunResponse>([.. runs.Select(r => RunResponses.Summary(r, null, null))], total));
    }

    /// <summary>The run with its proposals, or with <paramref name="summary"/> only its unplaced students (the proposals page through <see cref="Proposals"/>).</summary>
    private static async Task<Results<Ok<RunResponse>, NotFound>> Get(Guid runId, bool? summary, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var run = await db.MatchingRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return run is null ? TypedResults.NotFound() : TypedResults.Ok(await RunResponses.ResponseAsync(db, run, withProposals: true, cancellationToken, placedToo: summary != true));
    }

    /// <summary>A run's proposals a page at a time, by student name; <paramref name="search"/> matches name, student number or company.</summary>
    private static async Task<Results<Ok<PageResponse<ProposalResponse>>, NotFound>> Proposals(
        Guid runId, InternshipsDbContext db, int? page, int? pageSize, string? search, string? status, CancellationToken cancellationToken)
    {
        var paging = Paging.From(page, pageSize);
        var run = await db.MatchingRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        var query = db.Proposals.AsNoTracking().Where(p => p.RunId == runId && p.CompanyId != null);
        if (status is not null)
        {
            if (!Enum.TryParse<ProposalStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(status, out _))
            {
                throw new FieldValidationException("status", "Open, Accepted, Rejected or Overridden.");
            }

            query = query.Where(p => p.Status == parsed);
        }

        if (Search.Pattern(search) is { } pattern)
        {
            query = query.Where(p => EF.Functions.ILike(p.StudentName, pattern, Search.Escape)
                || EF.Functions.ILike(p.CompanyName!, pattern, Search.Escape)
                || db.Students.Any(s => s.Id == p.StudentId && EF.Functions.ILike(s.StudentNumber, pattern, Search.Escape)));
        }

        var total = await query.CountAsync(cancellationToken);
        var proposals = await query.OrderBy(p => p.StudentName).ThenBy(p => p.StudentId).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(cancellationToken);
        var numbers = await RunResponses.NumbersAsync(db, proposals, cancellationToken);
        var weights = RunResponses.Weights(run);
        return TypedResults.Ok(new PageResponse<ProposalResponse>([.. proposals.Select(p => RunResponses.ToResponse(p, numbers, weights))], total));
    }

    /// <summary>Discards a draft run with its proposals; a published run, or one with a placement made from it, stays.</summary>
    private static async Task<Results<NoContent, NotFound>> Discard(Guid runId, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = await db.MatchingRuns.FromSql($"SELECT * FROM matching_runs WHERE id = {runId} FOR UPDATE").FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (run.Status != MatchingRunStatus.Draft)
        {
            throw new TransitionConflictException(run.Status.ToString(), [], "A published run cannot be discarded.", "run-published");
        }

        if (await db.Proposals.AnyAsync(p => p.RunId == runId && p.PlacementId != null, cancellationToken))
        {
            throw new ConflictException("run-has-placements", "Placements were made from this run; it stays as their record.");
        }

        await db.Proposals.Where(p => p.RunId == runId).ExecuteDeleteAsync(cancellationToken);
        await db.MatchingRuns.Where(r => r.Id == runId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
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
        return TypedResults.Ok(await RunResponses.ResponseAsync(db, run, withProposals: false, cancellationToken));
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
        Guid runId, Guid studentId, DecisionRequest? request, ProposalDecisions decisions, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var proposal = await decisions.RejectAsync(runId, studentId, request?.Reason, cancellationToken);
        if (proposal is null)
        {
            return TypedResults.NotFound();
        }

        var run = await db.MatchingRuns.AsNoTracking().FirstAsync(r => r.Id == runId, cancellationToken);
        return TypedResults.Ok(RunResponses.ToResponse(proposal, await RunResponses.NumbersAsync(db, [proposal], cancellationToken), RunResponses.Weights(run)));
    }

    private static async Task<Results<Created<PlacementResponse>, NotFound>> Override(
        Guid runId, Guid studentId, OverrideRequest request, ProposalDecisions decisions, InternshipsDbContext db, CancellationToken cancellationToken)
    {
        var placement = await decisions.OverrideAsync(runId, studentId, request, cancellationToken);
        return placement is null
            ? TypedResults.NotFound()
            : TypedResults.Created($"/api/placements/{placement.Id}", await db.ResponseAsync(placement, await db.Students.FindAsync([studentId], cancellationToken), cancellationToken));
    }

    /// <summary>
    /// Published proposals only: a student's own, a trainer's at their companies; hidden until the coordinator publishes.
    /// Newest run first, a page at a time with the total.
    /// </summary>
    private static async Task<Results<Ok<PageResponse<ProposalResponse>>, ForbidHttpResult>> Mine(
        ClaimsPrincipal user, InternshipsDbContext db, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var paging = Paging.From(page, pageSize);
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

        var total = await published.CountAsync(cancellationToken);
        var rows = await published
            .Join(db.MatchingRuns, p => p.RunId, r => r.Id, (p, r) => new { Proposal = p, Run = r })
            .OrderByDescending(x => x.Run.CreatedAt).ThenBy(x => x.Proposal.StudentName).ThenBy(x => x.Proposal.StudentId)
            .Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        var numbers = await RunResponses.NumbersAsync(db, [.. rows.Select(r => r.Proposal)], cancellationToken);
        return TypedResults.Ok(new PageResponse<ProposalResponse>([.. rows.Select(r => RunResponses.ToResponse(r.Proposal, numbers, RunResponses.Weights(r.Run)))], total));
    }
}
