using PartnershipHub.Contracts;
using PartnershipHub.Insights.Infrastructure;

namespace PartnershipHub.Insights.Projections;

/// <summary>Companies' events into companies, trainers and placement periods.</summary>
public sealed class CompanyProjection(InsightsDbContext db)
{
    public async Task ApplyAsync(CompanyRegistered e, CancellationToken cancellationToken)
    {
        await Facts.EnsureCompanyAsync(db, e.CompanyId, e.Name, cancellationToken);
        (await db.Companies.FindAsync([e.CompanyId], cancellationToken))!.Apply(e);
    }

    public async Task ApplyAsync(CompanyUpdated e, CancellationToken cancellationToken)
    {
        await Facts.EnsureCompanyAsync(db, e.CompanyId, e.Name, cancellationToken);
        (await db.Companies.FindAsync([e.CompanyId], cancellationToken))!.Apply(e);
    }

    public async Task ApplyAsync(TrainerRegistered e, CancellationToken cancellationToken) =>
        (await Facts.TrainerAsync(db, e.TrainerId, e.CompanyId, cancellationToken)).Apply(e);

    public async Task ApplyAsync(TrainerDeactivated e, CancellationToken cancellationToken) =>
        (await Facts.TrainerAsync(db, e.TrainerId, e.CompanyId, cancellationToken)).Apply(e);

    public async Task ApplyAsync(TrainerErased e, CancellationToken cancellationToken) =>
        (await Facts.TrainerAsync(db, e.TrainerId, e.CompanyId, cancellationToken)).Apply(e);

    /// <summary>
    /// The period's name and dates, as the latest capacity event about it says (the same for every company); unchanged
    /// values write nothing, so companies' capacity events do not queue behind one another on the period's row.
    /// </summary>
    public async Task ApplyAsync(CapacityPublished e, CancellationToken cancellationToken)
    {
        var period = await Facts.PeriodAsync(db, e.PeriodId, e.PeriodName, e.PeriodStart, e.PeriodEnd, cancellationToken);
        period.Name = e.PeriodName;
        period.Start = e.PeriodStart;
        period.End = e.PeriodEnd;
    }
}
