using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>
/// Published framework versions never change and new ones are rare: the progress view reads them from memory
/// (a minute at most behind a newly published version, which only affects criterion names).
/// </summary>
public sealed class FrameworkCache(IMemoryCache cache, IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<AttitudeFramework>> AllAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync("frameworks", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GuidanceDbContext>();
            return (IReadOnlyList<AttitudeFramework>)await db.Frameworks.AsNoTracking().ToListAsync(cancellationToken);
        }) ?? [];
}
