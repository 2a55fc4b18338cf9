using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// The coordinator's decision per student: accept the proposal, reject it, or override it with another company
/// (checked against the hard rules on today's data, with a reason). Accepting and overriding create the placement.
/// </summary>
public sealed class ProposalDecisions(InternshipsDbContext db, TimeProvider time)
{
    public const string Accept = "accept";
    public const string Reject = "reject";
    public const string Override = "override";

    public static IReadOnlyList<string> AllowedTransitions(ProposalStatus status) => status switch
    {
        ProposalStatus.Open => [Accept, Reject, Override],
        ProposalStatus.Rejected or ProposalStatus.Unplaced => [Override],
        _ => [],
    };

    public async Task<Placement?> AcceptAsync(Guid runId, Guid studentId, CancellationToken cancellationToken)
    {
        var (run, proposal) = await FindAsync(runId, studentId, cancellationToken);
        if (run is null || proposal is null)
        {
            return null;
        }

        Require(proposal, Accept);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var placement = await PlaceAsync(run, proposal.StudentId, proposal.CompanyId!.Value, proposal.LocationId, checkDistance: true, "companyId", cancellationToken);
        proposal.Status = ProposalStatus.Accepted;
        proposal.PlacementId = placement.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return placement;
    }

    public async Task<MatchingProposal?> RejectAsync(Guid runId, Guid studentId, string? reason, CancellationToken cancellationToken)
    {
        var (run, proposal) = await FindAsync(runId, studentId, cancellationToken);
        if (run is null || proposal is null)
        {
            return null;
        }

        Require(proposal, Reject);
        proposal.Status = ProposalStatus.Rejected;
        proposal.DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return proposal;
    }

    public async Task<Placement?> OverrideAsync(Guid runId, Guid studentId, OverrideRequest request, CancellationToken cancellationToken)
    {
        if (request.CompanyId is not { } companyId)
        {
            throw new FieldValidationException("companyId", "Choose the company to place the student at.");
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new FieldValidationException("reason", "An override needs a reason.");
        }

        var (run, proposal) = await FindAsync(runId, studentId, cancellationToken);
        if (run is null || proposal is null)
        {
            return null;
        }

        Require(proposal, Override);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var placement = await PlaceAsync(run, proposal.StudentId, companyId, request.LocationId, checkDistance: false, "companyId", cancellationToken);
        proposal.Status = ProposalStatus.Overridden;
        proposal.DecisionReason = request.Reason.Trim();
        proposal.PlacementId = placement.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return placement;
    }

    private async Task<(MatchingRun? Run, MatchingProposal? Proposal)> FindAsync(Guid runId, Guid studentId, CancellationToken cancellationToken)
    {
        var run = await db.MatchingRuns.FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
        var proposal = run is null ? null : await db.Proposals.FirstOrDefaultAsync(p => p.RunId == runId && p.StudentId == studentId, cancellationToken);
        return (run, proposal);
    }

    /// <summary>Checks the hard rules on the data as it is now (places may have gone since the run) and proposes the placement.</summary>
    private async Task<Placement> PlaceAsync(
        MatchingRun run, Guid studentId, Guid companyId, Guid? locationId, bool checkDistance, string field, CancellationToken cancellationToken)
    {
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == studentId, cancellationToken);
        if (student is null || student.Erased || student.Crebo is null)
        {
            throw new ConflictException("student-unknown", "The student is no longer known here (left, erased or without enrolment).");
        }

        if (await db.Placements.AnyAsync(p => p.StudentId == studentId && p.PeriodId == run.PeriodId && p.Status != Contracts.PlacementStatus.EndedEarly, cancellationToken))
        {
            throw new ConflictException("student-already-placed", "The student already has a placement in this period.");
        }

        // Two decisions for the last place of one company wait for each other here instead of both taking it.
        await db.Database.ExecuteSqlAsync(
            $"SELECT 1 FROM capacity WHERE company_id = {companyId} AND period_id = {run.PeriodId} FOR UPDATE", cancellationToken);
        var company = (await MatchingData.CompaniesAsync(db, run.PeriodId, run.PeriodStart, [companyId], cancellationToken)).FirstOrDefault();
        var endedEarly = await MatchingData.EndedEarlyAsync(db, [studentId], cancellationToken);
        var match = MatchingData.ToMatch(student, endedEarly.GetValueOrDefault(studentId));
        if (company is null)
        {
            throw new FieldValidationException(field, $"The company is unknown, inactive or has no places in this period ({ExclusionRules.NoCapacity}).");
        }

        var (distance, nearest) = CandidateBuilder.Nearest(match, company);
        if (CandidateBuilder.Violation(match, company, distance, checkDistance) is { } rule)
        {
            throw new FieldValidationException(field, $"The placement breaks a hard rule: {rule}.");
        }

        var location = locationId is { } chosen ? company.Locations.FirstOrDefault(l => l.Id == chosen) : nearest;
        if (location is null)
        {
            throw new FieldValidationException("locationId", "Not a location of this company.");
        }

        var trainer = await db.Trainers.AsNoTracking()
            .Where(t => t.CompanyId == companyId && t.Active)
            .OrderBy(t => t.Id)
            .ToListAsync(cancellationToken);
        var trainerId = (trainer.FirstOrDefault(t => t.Crebos.Contains(match.Crebo)) ?? trainer.FirstOrDefault())?.Id;

        var placement = Placement.Propose(
            studentId, companyId, company.Name, location.Id, trainerId, match.Crebo, match.Route, run.PeriodId, run.PeriodStart, run.PeriodEnd,
            run.PlannedHours, run.Id, time.GetUtcNow());
        db.Placements.Add(placement);
        db.PlacementProposed(placement);
        return placement;
    }

    private static void Require(MatchingProposal proposal, string transition)
    {
        var allowed = AllowedTransitions(proposal.Status);
        if (!allowed.Contains(transition))
        {
            throw new TransitionConflictException(proposal.Status.ToString(), allowed, $"A proposal that is {proposal.Status} cannot '{transition}'.");
        }
    }
}
