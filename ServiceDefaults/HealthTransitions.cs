using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Logs what a change of health means instead of every unhealthy probe: "not ready yet" while the service starts
/// (the orchestrator probes before the bus or the database is up: expected, Information), an Error when a service
/// that was healthy stops being so, and its recovery. The framework's own line, an Error for every unhealthy probe,
/// is filtered out (Extensions.AddDefaultHealthChecks), so a red badge on the dashboard means a real outage.
/// </summary>
public sealed partial class HealthTransitions(ILogger<HealthTransitions> logger) : IHealthCheckPublisher
{
    private bool _wasHealthy;
    private HealthStatus? _last;

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        var status = report.Status;
        if (status == _last)
        {
            return Task.CompletedTask;
        }

        var failing = string.Join(", ", report.Entries
            .Where(entry => entry.Value.Status != HealthStatus.Healthy)
            .Select(entry => $"{entry.Key}: {entry.Value.Description ?? entry.Value.Exception?.Message ?? entry.Value.Status.ToString()}"));
        if (status == HealthStatus.Healthy)
        {
            if (_wasHealthy)
            {
                LogRecovered();
            }

            _wasHealthy = true;
        }
        else if (_wasHealthy)
        {
            LogBecameUnhealthy(status, failing);
        }
        else
        {
            LogNotReadyYet(status, failing);
        }

        _last = status;
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Healthy again")]
    private partial void LogRecovered();

    [LoggerMessage(Level = LogLevel.Error, Message = "The service became {Status}: {Failing}")]
    private partial void LogBecameUnhealthy(HealthStatus status, string failing);

    [LoggerMessage(Level = LogLevel.Information, Message = "Not ready yet ({Status}): {Failing}")]
    private partial void LogNotReadyYet(HealthStatus status, string failing);
}
