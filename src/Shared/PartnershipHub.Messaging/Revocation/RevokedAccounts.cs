using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnershipHub.Messaging.Inbox;

namespace PartnershipHub.Messaging.Revocation;

/// <summary>
/// This replica's view of the deactivated accounts, read from the service's own table every
/// <see cref="MessagingOptions.RevocationPollInterval"/>: one delivery of <c>AccountDeactivated</c> reaches one
/// replica, the table reaches them all. Only deactivations younger than <see cref="Horizon"/> matter: an access
/// token lives 15 minutes, so an older deactivation has no token left to refuse.
/// </summary>
public sealed class RevokedAccounts(
    IServiceScopeFactory scopes,
    IOptions<MessagingOptions> options,
    TimeProvider time,
    ILogger<RevokedAccounts> logger) : BackgroundService
{
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(24);

    private FrozenDictionary<Guid, DateTimeOffset> _revoked = FrozenDictionary<Guid, DateTimeOffset>.Empty;
    private bool _failing;

    /// <summary>True when <paramref name="userId"/> was deactivated after <paramref name="issuedAt"/>.</summary>
    public bool IsRevoked(Guid userId, DateTimeOffset issuedAt) =>
        _revoked.TryGetValue(userId, out var deactivatedAt) && issuedAt <= deactivatedAt;

    /// <summary>Reads the table now (also what the loop does every interval).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingDbContextAccessor>().DbContext;
        var since = time.GetUtcNow() - Horizon;
        var rows = await db.Set<RevokedAccount>().AsNoTracking()
            .Where(account => account.DeactivatedAt > since)
            .Select(account => new { account.UserId, account.DeactivatedAt })
            .ToListAsync(cancellationToken);
        _revoked = rows.ToFrozenDictionary(row => row.UserId, row => row.DeactivatedAt);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RevocationPollInterval, time);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
                if (_failing)
                {
                    logger.LogInformation("Deactivated accounts can be read again.");
                    _failing = false;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database health check turns red for this already; say it once, keep the last list meanwhile.
                if (!_failing)
                {
                    logger.LogWarning(exception, "Deactivated accounts could not be read; tokens are checked against the list read before.");
                    _failing = true;
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
