extern alias apphost;

using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using PartnershipHub.ServiceDefaults;
using Xunit;

namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>
/// The whole system as the AppHost starts it, once per test class: PostgreSQL and RabbitMQ as processes on free ports
/// with a fresh data folder under the temp folder, demo data, and the services on ports the orchestrator picks at random
/// (Aspire.Hosting.Testing sets <c>DcpPublisher:RandomizePorts</c>), so neither a developer's running system nor the
/// test servers are touched. Every resource's console is collected from the start (<see cref="Logs"/>).
/// </summary>
public abstract class AppHostSystem : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);

    private readonly CancellationTokenSource _stopping = new();
    private DistributedApplication? _app;

    protected abstract int Replicas { get; }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"partnershiphub-apphost-tests-{Guid.NewGuid():N}");

    public string DataDirectory => Path.Combine(Root, "data");

    public string MailDirectory => Path.Combine(Root, "mail");

    public InfrastructurePorts Ports { get; } = InfrastructurePorts.Free();

    public ResourceLogs Logs { get; } = new();

    public Uri Identity { get; private set; } = null!;

    public Uri Students { get; private set; } = null!;

    public Uri Companies { get; private set; } = null!;

    public Uri Internships { get; private set; } = null!;

    public Uri Guidance { get; private set; } = null!;

    public Uri Notifications { get; private set; } = null!;

    public Uri Insights { get; private set; } = null!;

    public Uri Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        string[] args =
        [
            "--PartnershipHub:Infrastructure=Processes",
            "--PartnershipHub:DemoData=true",
            $"--PartnershipHub:Replicas={Replicas}",
            $"--PartnershipHub:DataDirectory={DataDirectory}",
            $"--PartnershipHub:MailPickupDirectory={MailDirectory}",
            $"--PartnershipHub:LogDirectory={Path.Combine(Root, "logs")}",
            .. Ports.AsArguments(),
            // The launch profile points telemetry at 127.0.0.1:18889, where a developer's dashboard may listen; the
            // tests run without a dashboard, so their telemetry goes to a port nobody listens on.
            $"--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:{FreePorts.Take(1)[0]}",
        ];
        // Resource logs are collected here, not also copied into the test host's console (tens of thousands of lines).
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<apphost::Projects.AppHost>(
            args, (options, _) => options.EnableResourceLogging = false, timeout.Token);
        // Failing health checks are how a start looks until it is done; the wait below reports what never came up.
        builder.Services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        if (!builder.Configuration.GetValue("DcpPublisher:RandomizePorts", false))
        {
            throw new InvalidOperationException(
                "Aspire.Hosting.Testing no longer randomizes the services' ports (DcpPublisher:RandomizePorts); the tests would take 5100-5105.");
        }

        _app = await builder.BuildAsync(timeout.Token);
        Logs.Follow(_app.Services, _stopping.Token);
        try
        {
            await _app.StartAsync(timeout.Token);
            await WaitUntilEveryResourceIsHealthyAsync(_app, timeout.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or DistributedApplicationException)
        {
            throw new TimeoutException(
                $"The system was not healthy within {StartTimeout.TotalMinutes:0} min ({exception.Message}). Where each resource stands:"
                + Environment.NewLine + Describe(_app), exception);
        }

        Identity = _app.GetEndpoint(ResourceNames.Identity, "http");
        Students = _app.GetEndpoint(ResourceNames.Students, "http");
        Companies = _app.GetEndpoint(ResourceNames.Companies, "http");
        Internships = _app.GetEndpoint(ResourceNames.Internships, "http");
        Guidance = _app.GetEndpoint(ResourceNames.Guidance, "http");
        Notifications = _app.GetEndpoint(ResourceNames.Notifications, "http");
        Insights = _app.GetEndpoint(ResourceNames.Insights, "http");
        Portal = _app.GetEndpoint(ResourceNames.Portal, "http");
    }

    /// <summary>
    /// Stops everything, then checks nothing of this run is still running (the start scripts, PostgreSQL, beam.smp,
    /// epmd, the services) and removes the temp folder. A leftover is ended and reported as a cleanup failure.
    /// </summary>
    public async Task DisposeAsync()
    {
        await _stopping.CancelAsync();
        await Logs.StopAsync();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        string[] markers = [Root, $"ConnectionStrings__messaging=amqp://guest:guest@127.0.0.1:{Ports.RabbitMQ}"];
        var left = await LeftoverProcesses.WaitUntilGoneAsync(markers, StopTimeout);
        LeftoverProcesses.Kill(markers);
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        if (left.Count > 0)
        {
            throw new InvalidOperationException(
                $"Stopping the AppHost left {left.Count} process(es) of this run running {StopTimeout.TotalSeconds:0} s later (now killed):{Environment.NewLine}"
                + string.Join(Environment.NewLine, left));
        }
    }

    /// <summary>Every instance of every resource (both copies of a replicated API) running and healthy; a crash ends the wait at once.</summary>
    private static Task WaitUntilEveryResourceIsHealthyAsync(DistributedApplication app, CancellationToken cancellationToken)
    {
        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
        return Task.WhenAll(StartedByItself(app).Select(resource => AllInstancesHealthyAsync(notifications, resource, cancellationToken)));
    }

    // Resources started only on request (Aspire's hidden per-project "rebuilder") never run by themselves.
    private static IEnumerable<IResource> StartedByItself(DistributedApplication app) =>
        app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .Where(resource => !resource.Annotations.OfType<ExplicitStartupAnnotation>().Any());

    /// <summary>Each instance's state, health and last console lines: why a start did not finish.</summary>
    private string Describe(DistributedApplication app)
    {
        var notifications = app.Services.GetRequiredService<ResourceNotificationService>();
        var text = new System.Text.StringBuilder();
        foreach (var resource in StartedByItself(app))
        {
            foreach (var id in Logs.InstancesOf(resource.Name).DefaultIfEmpty(resource.Name))
            {
                var snapshot = notifications.TryGetCurrentState(id, out var current) ? current.Snapshot : null;
                text.AppendLine($"  {id}: {snapshot?.State?.Text ?? "unknown"}, health {snapshot?.HealthStatus?.ToString() ?? "unknown"}");
                foreach (var line in Logs.OfInstance(id).TakeLast(8))
                {
                    text.AppendLine($"      {ConsoleText.Plain(line.Content)}");
                }
            }
        }

        return text.ToString();
    }

    private static async Task AllInstancesHealthyAsync(ResourceNotificationService notifications, IResource resource, CancellationToken cancellationToken)
    {
        var instances = resource.GetReplicaCount();
        var healthy = new HashSet<string>();
        await notifications.WaitForResourceAsync(resource.Name, change =>
        {
            var state = change.Snapshot.State?.Text;
            if (state == KnownResourceStates.FailedToStart || state == KnownResourceStates.Exited || state == KnownResourceStates.Finished)
            {
                throw new DistributedApplicationException($"{change.ResourceId} stopped: {state}, exit code {change.Snapshot.ExitCode?.ToString() ?? "none"}");
            }

            if (state == KnownResourceStates.Running && change.Snapshot.HealthStatus == HealthStatus.Healthy)
            {
                healthy.Add(change.ResourceId);
            }
            else
            {
                healthy.Remove(change.ResourceId);
            }

            return healthy.Count >= instances;
        }, cancellationToken);
    }
}
