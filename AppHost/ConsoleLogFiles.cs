using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;

namespace PartnershipHub.AppHost;

/// <summary>
/// Every resource's console output also goes to <c>LogDirectory/&lt;resource&gt;.log</c>, so a detached run, a CI log
/// collector or an operator with grep at 3 a.m. can read what the dashboard shows. Replicas get a file each.
/// </summary>
internal sealed partial class ConsoleLogFiles(
    ResourceNotificationService notifications,
    ResourceLoggerService resourceLogs,
    SystemSettings settings) : BackgroundService, IHostedLifecycleService
{
    /// <summary>
    /// Starts following before any hosted service starts: the orchestrator's start returns only once every resource is
    /// created, which waits for the dependencies' health; a service that crashes at start-up (and everything waiting for
    /// it) must have its lines in the file while that wait goes on, not after it.
    /// </summary>
    public Task StartingAsync(CancellationToken cancellationToken) => base.StartAsync(cancellationToken);

    public override Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrEmpty(settings.LogDirectory))
        {
            return;
        }

        Directory.CreateDirectory(settings.LogDirectory);
        var followed = new HashSet<string>();
        var writers = new List<Task>();
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                if (change.Resource is ProjectResource or ExecutableResource or ContainerResource && !change.Snapshot.IsHidden
                    && followed.Add(change.ResourceId))
                {
                    var name = settings.Replicas > 1 && change.Resource is ProjectResource ? change.ResourceId : change.Resource.Name;
                    writers.Add(FollowAsync(change.ResourceId, Path.Combine(settings.LogDirectory, name + ".log"), stoppingToken));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await Task.WhenAll(writers);
    }

    private async Task FollowAsync(string resourceId, string path, CancellationToken stoppingToken)
    {
        // A new file per run: the previous run's lines would only confuse a count of today's errors.
        await using var writer = new StreamWriter(path, append: false) { AutoFlush = true };
        try
        {
            await foreach (var batch in resourceLogs.WatchAsync(resourceId).WithCancellation(stoppingToken))
            {
                foreach (var line in batch)
                {
                    await writer.WriteLineAsync(Colours().Replace(line.Content, string.Empty));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>The services colour their console output; a file reads better, and greps better, without it.</summary>
    [GeneratedRegex(@"\x1B\[[0-9;]*m")]
    private static partial Regex Colours();
}
