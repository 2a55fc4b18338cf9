using Microsoft.Extensions.Caching.Memory;
using PartnershipHub.Insights.Infrastructure;

namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>
/// Keeps each section's answer for <c>Insights:Dashboard:CacheSeconds</c> (default 60; 0 turns it off), keyed by the
/// section, the resolved programmes (so a mentor never gets an answer computed for another scope) and the filters.
/// The figures are aggregates over years of a read model that changes by single events, so a minute-old answer is as
/// good as a fresh one, and a team opening the dashboard together costs one query, not twenty: callers asking for the
/// same answer while it is being computed wait for that one computation (in its own scope, so one caller leaving does
/// not cancel it for the others). A failed computation is not kept.
/// </summary>
public sealed class DashboardCache(IMemoryCache cache, IServiceScopeFactory scopes, IConfiguration configuration)
{
    public const string SecondsSetting = "Insights:Dashboard:CacheSeconds";

    private readonly TimeSpan _lifetime = TimeSpan.FromSeconds(configuration.GetValue(SecondsSetting, 60.0));

    internal async Task<T> GetAsync<T>(string section, DashboardSql sql, Func<DashboardSql, CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
    {
        if (_lifetime <= TimeSpan.Zero)
        {
            return await compute(sql, cancellationToken);
        }

        var key = $"dashboard|{section}|{sql.Key}";
        var entry = cache.GetOrCreate(key, item =>
        {
            item.AbsoluteExpirationRelativeToNow = _lifetime;
            return new Lazy<Task<object>>(async () =>
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<InsightsDbContext>();
                return (await compute(sql.On(db), CancellationToken.None))!;
            });
        })!;
        try
        {
            return (T)await entry.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (entry.Value.IsFaulted)
        {
            cache.Remove(key);
            throw;
        }
    }
}
