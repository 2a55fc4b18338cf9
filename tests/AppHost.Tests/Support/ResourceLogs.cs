using System.Collections.Concurrent;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>
/// Every console line of every resource instance, from the moment the application is built: each instance's log is
/// watched as soon as the orchestrator announces it (its earlier lines are replayed).
/// </summary>
public sealed class ResourceLogs
{
    private readonly ConcurrentDictionary<string, List<ResourceLogLine>> _byInstance = new();
    private readonly ConcurrentDictionary<string, Task> _watchers = new();
    private readonly ConcurrentDictionary<string, string> _resourceOfInstance = new();
    private Task _following = Task.CompletedTask;

    public void Follow(IServiceProvider services, CancellationToken stopping)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        var logger = services.GetRequiredService<ResourceLoggerService>();
        _following = Task.Run(async () =>
        {
            await foreach (var change in notifications.WatchAsync(stopping))
            {
                _resourceOfInstance.TryAdd(change.ResourceId, change.Resource.Name);
                _ = _watchers.GetOrAdd(change.ResourceId, id => Task.Run(() => ReadAsync(logger, change.Resource.Name, id, stopping), stopping));
            }
        }, stopping);
    }

    /// <summary>Ends the watchers (the application is about to stop); lines written after this are not collected.</summary>
    public async Task StopAsync()
    {
        try
        {
            await Task.WhenAll([_following, .. _watchers.Values]);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public IReadOnlyList<ResourceLogLine> Of(string resource) =>
        [.. _byInstance.Values.SelectMany(Snapshot).Where(line => line.Resource == resource)];

    /// <summary>The instance ids the orchestrator announced for a resource (one per replica).</summary>
    public IReadOnlyList<string> InstancesOf(string resource) =>
        [.. _resourceOfInstance.Where(entry => entry.Value == resource).Select(entry => entry.Key).Order()];

    public IReadOnlyList<ResourceLogLine> OfInstance(string resourceId) =>
        _byInstance.TryGetValue(resourceId, out var lines) ? Snapshot(lines) : [];

    public IReadOnlyList<IReadOnlyList<ResourceLogLine>> ByInstance() => [.. _byInstance.Values.Select(Snapshot)];

    public bool Contains(string resource, string text) =>
        _byInstance.Values.Any(lines => Snapshot(lines).Any(line => line.Resource == resource && line.Content.Contains(text, StringComparison.Ordinal)));

    private async Task ReadAsync(ResourceLoggerService logger, string resource, string resourceId, CancellationToken stopping)
    {
        var lines = _byInstance.GetOrAdd(resourceId, _ => []);
        try
        {
            await foreach (var batch in logger.WatchAsync(resourceId).WithCancellation(stopping))
            {
                lock (lines)
                {
                    lines.AddRange(batch.Select(line => new ResourceLogLine(resource, resourceId, line.LineNumber, line.Content, line.IsErrorMessage)));
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private static List<ResourceLogLine> Snapshot(List<ResourceLogLine> lines)
    {
        lock (lines)
        {
            return [.. lines];
        }
    }
}
