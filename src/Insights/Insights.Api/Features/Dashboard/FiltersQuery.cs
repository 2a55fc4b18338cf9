using Microsoft.EntityFrameworkCore;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.Insights.Security;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>What the caller may filter on: programmes and cohorts of the students in their scope, and every period.</summary>
internal static class FiltersQuery
{
    public static async Task<DashboardFilters> RunAsync(InsightsDbContext db, DashboardScope scope, CancellationToken cancellationToken)
    {
        var students = db.Students.AsNoTracking();
        if (!scope.EveryProgramme)
        {
            var crebos = scope.Crebos.ToList();
            students = students.Where(s => crebos.Contains(s.Crebo));
        }

        var programmes = await students
            .GroupBy(s => s.Crebo)
            .Select(g => new ProgrammeOption(g.Key, g.Max(s => s.QualificationName)!, g.Min(s => s.Level)))
            .ToListAsync(cancellationToken);
        var cohorts = await students.Select(s => s.Cohort).Where(c => c != "").Distinct().ToListAsync(cancellationToken);
        var periods = await db.Periods.AsNoTracking()
            .OrderBy(p => p.Start).ThenBy(p => p.Name)
            .Select(p => new PeriodOption(p.Id, p.Name, p.Start, p.End))
            .ToListAsync(cancellationToken);
        return new DashboardFilters(
            [.. programmes.OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Crebo, StringComparer.Ordinal)],
            [.. cohorts.Order(StringComparer.Ordinal)],
            periods);
    }
}
