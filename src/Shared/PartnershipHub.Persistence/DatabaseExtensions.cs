using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using PartnershipHub.Persistence.Conflicts;

namespace PartnershipHub.Persistence;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers a service's DbContext on PostgreSQL (<c>ConnectionStrings__{databaseName}</c>): pooled, snake_case names,
    /// prepared statements, failed statements logged with their exception (a deadlock victim that runs again as a
    /// warning), a <c>database</c> health check, and the conflict handler that answers 409 naming the rule.
    /// <paramref name="configure"/> adds what another layer needs on every context (the messaging interceptors).
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(
        this IHostApplicationBuilder builder,
        string databaseName,
        Action<NpgsqlDbContextOptionsBuilder>? configureNpgsql = null,
        Action<IServiceProvider, DbContextOptionsBuilder>? configure = null)
        where TDbContext : DbContext
    {
        var services = builder.Services;
        services.AddSingleton<FailedCommandLogInterceptor>();
        UsePreparedStatements(builder.Configuration, databaseName);
        var connectionString = builder.Configuration.GetConnectionString(databaseName);
        // Pooled: a request or a delivery leases a context whose internal services already exist instead of building
        // them (that took ~17 % of a consumer's CPU in the messaging benchmark); the options are built once.
        // Contexts hold no state of their own; EF resets tracking and transaction settings when a lease ends
        // (docs/decisions/0013).
        services.AddDbContextPool<TDbContext>(
            (provider, options) =>
            {
                options.UseServiceDatabase(connectionString ?? throw MissingConnectionString(databaseName), configureNpgsql);
                // A deadlock victim is run again, not an error in itself: EF's lines about it are warnings, and failed
                // statements are logged with their exception, which EF's own line leaves out (docs/decisions/0016).
                options.UseLoggerFactory(new ConflictVictimLoggerFactory(provider.GetRequiredService<ILoggerFactory>()));
                options.ConfigureWarnings(warnings => warnings.Log((RelationalEventId.CommandError, LogLevel.Debug)));
                options.AddInterceptors(provider.GetRequiredService<FailedCommandLogInterceptor>());
                configure?.Invoke(provider, options);
            });
        services.AddHealthChecks().AddDbContextCheck<TDbContext>("database", tags: ["ready"]);
        services.AddConflictAnswers();
        return builder;
    }

    /// <summary>
    /// The conventions every service's database follows, for the host and for design-time factories alike (a
    /// migration made without them would rename every table): Npgsql and PostgreSQL's snake_case names for tables,
    /// columns, keys and indexes, so hand-written SQL and psql sessions need no quoting.
    /// </summary>
    public static DbContextOptionsBuilder UseServiceDatabase(
        this DbContextOptionsBuilder options, string connectionString, Action<NpgsqlDbContextOptionsBuilder>? configureNpgsql = null) =>
        options.UseNpgsql(connectionString, npgsql => configureNpgsql?.Invoke(npgsql)).UseSnakeCaseNamingConvention();

    /// <inheritdoc cref="UseServiceDatabase(DbContextOptionsBuilder, string, Action{NpgsqlDbContextOptionsBuilder}?)"/>
    public static DbContextOptionsBuilder<TDbContext> UseServiceDatabase<TDbContext>(
        this DbContextOptionsBuilder<TDbContext> options, string connectionString, Action<NpgsqlDbContextOptionsBuilder>? configureNpgsql = null)
        where TDbContext : DbContext =>
        (DbContextOptionsBuilder<TDbContext>)((DbContextOptionsBuilder)options).UseServiceDatabase(connectionString, configureNpgsql);

    /// <summary>The connection string with <c>Max Auto Prepare=50</c>, unless it sets a value of its own.</summary>
    public static string WithPreparedStatements(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (settings.MaxAutoPrepare != 0)
        {
            return connectionString;
        }

        settings.MaxAutoPrepare = 50;
        return settings.ConnectionString;
    }

    /// <summary>
    /// Lets Npgsql prepare the statements a connection runs again and again (a consumer's insert, the inbox claim, the
    /// outbox reads, a service's hot queries), so PostgreSQL keeps their plans instead of parsing and planning each
    /// one: in the messaging benchmark that was ~6 % of the machine's CPU (docs/decisions/0014). Written back into
    /// configuration, so anything else the service builds from the same connection string (an NpgsqlDataSource) gets
    /// it too. A connection string that sets <c>Max Auto Prepare</c> already wins.
    /// </summary>
    private static void UsePreparedStatements(IConfiguration configuration, string databaseName)
    {
        var key = $"ConnectionStrings:{databaseName}";
        if (configuration[key] is { } connectionString)
        {
            configuration[key] = WithPreparedStatements(connectionString);
        }
    }

    internal static InvalidOperationException MissingConnectionString(string name) =>
        new($"Connection string '{name}' is not configured. Set ConnectionStrings__{name} (the AppHost does).");
}
