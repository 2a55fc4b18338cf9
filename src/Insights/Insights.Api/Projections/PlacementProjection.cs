using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Insights.Features.Surveys;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Insights.Surveys;

namespace PartnershipHub.Insights.Projections;

/// <summary>
/// Internships' placement events into <see cref="PlacementFact"/>; an end also opens the placement's surveys in the same
/// transaction. A placement at a company not known yet starts that company's row with the name the snapshot carries.
/// </summary>
public sealed class PlacementProjection(InsightsDbContext db, TimeProvider clock)
{
    public Task ApplyAsync(PlacementSnapshot snapshot, long version, CancellationToken cancellationToken) =>
        ApplyAsync(snapshot, p => p.Apply(snapshot, version), cancellationToken);

    public Task ApplyAsync(PlacementStarted e, CancellationToken cancellationToken) =>
        ApplyAsync(e.Placement, p => p.Apply(e), cancellationToken);

    public async Task ApplyAsync(PlacementEnded e, CancellationToken cancellationToken)
    {
        var placement = await ApplyAsync(e.Placement, p => p.Apply(e), cancellationToken);
        if (placement is not null)
        {
            await SurveyInvitations.OpenAsync(db, placement, e.OccurredAt, SurveyCalendar.DayOf(clock.GetUtcNow()), cancellationToken);
        }
    }

    /// <summary>The placement after the change, or null when its student was erased.</summary>
    private async Task<PlacementFact?> ApplyAsync(PlacementSnapshot snapshot, Action<PlacementFact> apply, CancellationToken cancellationToken)
    {
        if (await Facts.PlacementAsync(db, snapshot.PlacementId, snapshot.StudentId, cancellationToken) is not { } placement)
        {
            return null;
        }

        var companyBefore = placement.CompanyId;
        apply(placement);
        if (placement.CompanyId != companyBefore)
        {
            await Facts.EnsureCompanyAsync(db, placement.CompanyId, snapshot.CompanyName, cancellationToken);
        }

        return placement;
    }
}
