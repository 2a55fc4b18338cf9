using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Features.Frameworks;

internal static class FrameworkCatalogue
{
    /// <summary>The newest version of each framework that applies to <paramref name="crebo"/>; crebo-specific ones first.</summary>
    public static async Task<AttitudeFramework?> CurrentForAsync(this GuidanceDbContext db, string? crebo, CancellationToken cancellationToken)
    {
        var all = await db.Frameworks.AsNoTracking().ToListAsync(cancellationToken);
        return all
            .Where(f => f.AppliesTo(crebo))
            .GroupBy(f => f.Key)
            .Select(g => g.MaxBy(f => f.Version)!)
            .OrderByDescending(f => f.Crebos.Count > 0)
            .ThenBy(f => f.Key == DefaultFramework.Key ? 0 : 1)
            .FirstOrDefault();
    }
}
