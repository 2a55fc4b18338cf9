using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Features.Placements;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Features.Contacts;

/// <summary>Flags active placements whose last contact moment (or start, without one) is older than the configured weeks.</summary>
public sealed class NoRecentContactCheck(InternshipsDbContext db, IOptions<ContactOptions> options, TimeProvider time)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var weeks = options.Value.NoContactWeeks;
        var cutoff = now.AddDays(-7 * weeks);
        var cutoffDate = DateOnly.FromDateTime(cutoff.UtcDateTime);
        var candidates = await db.Placements
            .Where(p => p.Status == PlacementStatus.Active
                && (p.LastContactAt == null ? (p.StartedOn ?? p.StartDate) < cutoffDate : p.LastContactAt < cutoff))
            .ToListAsync(cancellationToken);
        var flagged = 0;
        foreach (var placement in candidates.Where(p => p.Flag(PlacementRisk.NoRecentContact)))
        {
            db.PlacementAtRisk(placement, PlacementRisk.NoRecentContact,
                placement.LastContactAt is { } last ? $"No contact moment since {last:yyyy-MM-dd} (more than {weeks} weeks)." : $"No contact moment in the {weeks} weeks since the start.");
            flagged++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return flagged;
    }
}
