using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Insights.Infrastructure;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Insights.Security;

/// <summary>
/// Which trainers the signed-in person is: every active trainer fact with the token's e-mail address at a company the
/// token names (one person who trains at two companies is two trainers). The e-mail alone is not enough: the same
/// address at a company the token does not name is someone else's (or a job they left), and so is an erased trainer.
/// </summary>
public static class CurrentTrainers
{
    public const string EmailClaim = "email";

    public static async Task<IReadOnlyList<Guid>> IdsAsync(ClaimsPrincipal user, InsightsDbContext db, CancellationToken cancellationToken)
    {
        if (!user.HasRole(Roles.Trainer) || user.FindFirst(EmailClaim)?.Value is not { } claimed || string.IsNullOrWhiteSpace(claimed))
        {
            return [];
        }

        var companies = user.CompanyIds().ToList();
        if (companies.Count == 0)
        {
            return [];
        }

        var email = claimed.Trim().ToLowerInvariant();
        return await db.Trainers.AsNoTracking()
            .Where(t => t.Active && t.Email == email && companies.Contains(t.CompanyId))
            .OrderBy(t => t.Id)
            .Select(t => t.Id)
            .ToListAsync(cancellationToken);
    }
}
