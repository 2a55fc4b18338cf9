using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Insights.Security;

/// <summary>
/// Which programmes (crebo codes) a caller may see on the team dashboard: a coordinator every programme; a mentor the
/// programmes of the students they mentor (read-only, the same figures); anyone else none (<see cref="ForAsync"/> answers
/// null, the endpoint 403).
/// </summary>
public sealed class DashboardScope
{
    private readonly IReadOnlySet<string> _crebos;

    private DashboardScope(bool everyProgramme, IReadOnlySet<string> crebos)
    {
        EveryProgramme = everyProgramme;
        _crebos = crebos;
    }

    public bool EveryProgramme { get; }

    /// <summary>The programmes a mentor may see (empty for a coordinator, who sees all).</summary>
    public IReadOnlySet<string> Crebos => _crebos;

    /// <summary>The caller's scope, or null when their role never sees the dashboard.</summary>
    public static async Task<DashboardScope?> ForAsync(ClaimsPrincipal user, InsightsDbContext db, CancellationToken cancellationToken)
    {
        if (user.HasRole(Roles.Coordinator))
        {
            return new DashboardScope(true, new HashSet<string>());
        }

        if (user.HasRole(Roles.Mentor) && user.StaffId() is { } staffId)
        {
            var crebos = await db.Students.AsNoTracking()
                .Where(s => s.MentorStaffId == staffId)
                .Select(s => s.Crebo)
                .Distinct()
                .ToListAsync(cancellationToken);
            return new DashboardScope(false, crebos.ToHashSet(StringComparer.Ordinal));
        }

        return null;
    }

    public bool Allows(string crebo) => EveryProgramme || _crebos.Contains(crebo);

    /// <summary>The programmes to count: the one asked for, else all the caller may see (null: every programme).</summary>
    public IReadOnlyList<string>? Programmes(string? crebo) =>
        crebo is not null ? [crebo] : EveryProgramme ? null : [.. _crebos.Order(StringComparer.Ordinal)];
}
