using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Persistence;
using PartnershipHub.Persistence.Seeding;

namespace PartnershipHub.Guidance.Infrastructure;

/// <summary>The default framework, in every environment; idempotent (fixed id, insert-if-missing).</summary>
public sealed class FrameworkSeed(TimeProvider clock) : IStartupSeed
{
    public string Name => "guidance-frameworks";

    public SeedKind Kind => SeedKind.Reference;

    public async Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await EnsureAsync(services.GetRequiredService<GuidanceDbContext>(), clock.GetUtcNow(), cancellationToken);
        return SeedOutcome.Done;
    }

    public static async Task EnsureAsync(GuidanceDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Frameworks.AnyAsync(f => f.Id == DefaultFramework.FirstVersionId, cancellationToken))
        {
            return;
        }

        var framework = DefaultFramework.Create(now);
        await db.Database.ExecuteSqlAsync(
            $"""
             INSERT INTO frameworks (id, key, version, name, crebos, criteria, published_at)
             VALUES ({framework.Id}, {framework.Key}, {framework.Version}, {framework.Name}, '[]'::jsonb,
                     {JsonSerializer.Serialize(framework.Criteria, JsonColumn.Options)}::jsonb, {now})
             ON CONFLICT DO NOTHING
             """,
            cancellationToken);
    }
}
