namespace PartnershipHub.Guidance.Infrastructure;

/// <summary>Placeholder replaced below.</summary>
internal sealed class GuidanceDemoSeeder : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
