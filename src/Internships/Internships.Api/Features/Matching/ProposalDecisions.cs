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

    public const int MaxReasonLength = 500;

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
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new FieldValidationException("reason", "A rejection needs a reason.");
        }

        if (reason.Trim().Length > MaxReasonLength)
        {
            throw new FieldValidationException("reason", $"At most {MaxReasonLength} characters.");
        }

        var (run, proposal) = await FindAsync(runId, studentId, cancellationToken);
        if (run is null || proposal is null)
        {
            return null;
        }

        Require(proposal, Reject);
        proposal.Status = ProposalStatus.Rejected;
        proposal.DecisionReason = reason.Trim();
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
    private Task<Placement> PlaceAsync(
        MatchingRun run, Guid studentId, Guid companyId, Guid? locationId, bool checkDistance, string field, CancellationToken cancellationToken) =>
        PlacementProposer.ProposeAsync(
            db, time, new PlacementTerms(run.PeriodId, run.PeriodStart, run.PeriodEnd, run.PlannedHours, null, run.Id), studentId, companyId, locationId, checkDistance,
            rule => new FieldValidationException(field, rule == ExclusionRules.NoCapacity
                ? $"The company is unknown, inactive or has no places in this period ({ExclusionRules.NoCapacity})."
                : $"The placement breaks a hard rule: {rule}."),
            cancellationToken);

    private static void Require(MatchingProposal proposal, string transition)
    {
        var allowed = AllowedTransitions(proposal.Status);
        if (!allowed.Contains(transition))
        {
            throw new TransitionConflictException(proposal.Status.ToString(), allowed, $"A proposal that is {proposal.Status} cannot '{transition}'.");
        }
    }
}
