using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace PartnershipHub.Persistence.Seeding;

/// <summary>Registers and runs a service's <see cref="IStartupSeed"/>s (docs/building-a-service.md, "Seeding").</summary>
public static class StartupSeeds
{
    /// <summary>Registers a seed of the service whose database is <typeparamref name="TDbContext"/>.</summary>
    public static IHostApplicationBuilder AddStartupSeed<TDbContext, TSeed>(this IHostApplicationBuilder builder)
        where TDbContext : DbContext
        where TSeed : class, IStartupSeed
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TSeed>();
        builder.Services.AddSingleton<IStartupSeed>(provider => provider.GetRequiredService<TSeed>());
        if (!builder.Services.Any(d => d.ServiceType == typeof(SeedRunner<TDbContext>)))
        {
            builder.Services.AddSingleton<SeedRunner<TDbContext>>();
            builder.Services.AddHostedService(provider => provider.GetRequiredService<SeedRunner<TDbContext>>());
        }

        return builder;
    }

    /// <summary>
    /// Asks every seed once, now, before the service answers requests (so demo data a test or a person expects is
    /// there when the service is), and leaves those still waiting for other services to the background.
    /// </summary>
    public static async Task RunStartupSeedsAsync<TDbContext>(this IHost app, CancellationToken cancellationToken = default)
        where TDbContext : DbContext =>
        await app.Services.GetRequiredService<SeedRunner<TDbContext>>().RunOnceAsync(cancellationToken);
}
