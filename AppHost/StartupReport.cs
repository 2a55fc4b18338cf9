using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PartnershipHub.AppHost;

/// <summary>
/// What an operator at the console needs from a start: each resource as it becomes healthy, a resource that stops
/// during start-up with its last console lines (the cause is usually there), and once every resource is healthy the
/// addresses and demo accounts. scripts/run.sh --detach waits for <see cref="ReadyLine"/>.
/// </summary>
internal sealed class StartupReport(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    ResourceLoggerService resourceLogs,
    IConfiguration configuration,
    SystemSettings settings,
    ILogger<StartupReport> logger) : BackgroundService
{
    public const string ReadyLine = "PartnershipHub is running";

    private const int LinesShownOnFailure = 25;
    private const string DashboardName = "aspire-dashboard";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var expected = model.Resources.Where(IsWatched).Select(resource => resource.Name).ToHashSet();
        var healthy = new HashSet<string>();
        var addresses = new SortedDictionary<string, string>();
        var reported = new HashSet<string>();
        var ready = false;
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (!IsWatched(change.Resource))
                {
                    continue;
                }

                // Aspire's own helpers (a project's "rebuilder") are hidden from the dashboard and never become healthy.
                if (change.Snapshot.IsHidden)
                {
                    expected.Remove(change.Resource.Name);
                    continue;
                }

                var snapshot = change.Snapshot;
                if (change.Resource is ProjectResource && snapshot.Urls.FirstOrDefault(url => !url.IsInternal) is { } address)
                {
                    addresses[change.Resource.Name] = address.Url;
                }

                var state = snapshot.State?.Text;
                if (snapshot.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy
                    && state == KnownResourceStates.Running && healthy.Add(change.Resource.Name))
                {
                    logger.LogInformation("{Resource} is healthy", change.Resource.Name);
                }

                if (state is not null && (state == KnownResourceStates.FailedToStart || state == KnownResourceStates.Exited || state == KnownResourceStates.Finished)
                    && !stoppingToken.IsCancellationRequested && reported.Add(change.ResourceId))
                {
                    await ReportStoppedAsync(change, stoppingToken);
                }

                if (!ready && expected.IsSubsetOf(healthy))
                {
                    ready = true;
                    PrintReady(addresses);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static bool IsWatched(IResource resource) =>
        resource is ProjectResource or ExecutableResource or ContainerResource && resource.Name != DashboardName;

    private async Task ReportStoppedAsync(ResourceEvent change, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await foreach (var batch in resourceLogs.GetAllAsync(change.ResourceId).WithCancellation(timeout.Token))
            {
                lines.AddRange(batch.Select(line => line.Content));
            }
        }
        catch (OperationCanceledException)
        {
        }

        var tail = string.Join(Environment.NewLine, lines.TakeLast(LinesShownOnFailure).Select(line => "    " + line));
        logger.LogError(
            "{Resource} stopped ({State}, exit code {ExitCode}) while the system was running. Its last console lines " +
            "(all of them in the dashboard, Console logs → {Resource}):{NewLine}{Lines}",
            change.ResourceId, change.Snapshot.State?.Text, change.Snapshot.ExitCode?.ToString() ?? "none",
            change.ResourceId, Environment.NewLine, tail);
    }

    private void PrintReady(IReadOnlyDictionary<string, string> addresses)
    {
        var dashboard = configuration["ASPNETCORE_URLS"]?.Split(';')[0];
        var text = new StringBuilder().AppendLine(ReadyLine);
        foreach (var (name, url) in addresses.OrderBy(entry => entry.Key == "portal" ? 0 : 1).ThenBy(entry => entry.Key))
        {
            text.AppendLine($"  {name,-13} {url}");
        }

        if (!string.IsNullOrEmpty(dashboard) && model.Resources.Any(resource => resource.Name == DashboardName))
        {
            text.AppendLine($"  {"dashboard",-13} {dashboard} (log in with the link printed above)");
        }

        text.AppendLine($"  {"mail",-13} {settings.MailPickupDirectory} (one .eml per message)");
        if (settings.DemoData)
        {
            text.AppendLine("  demo accounts (password Demo!2026pass): coordinator@, mentor@, teacher@, care@, operator@, trainer@,")
                .AppendLine("  student@demo.partnershiphub.nl; demo data keeps arriving for about a minute");
        }

        logger.LogInformation("{Report}", text.ToString().TrimEnd());
    }
}
