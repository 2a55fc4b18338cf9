using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Infrastructure;

namespace PartnershipHub.Guidance.Features.Frameworks;

/// <summary>Seeds the default framework in every environment; idempotent (fixed id, insert-if-missing).</summary>
public static class FrameworkSeed
{
    public static async Task SeedDefaultFrameworkAsync(this IHost app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GuidanceDbContext>();
        try
        {
            await EnsureAsync(db, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), CancellationToken.None);
        }
        catch (Npgsql.PostgresException exception) when (exception.SqlState == "42P01")
        {
            // Not migrated yet (tests migrate after start-up); the first request path seeds it instead.
        }
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
                     {System.Text.Json.JsonSerializer.Serialize(framework.Criteria, JsonColumn.Options)}::jsonb, {now})
             ON CONFLICT DO NOTHING
             """,
            cancellationToken);
    }
}
