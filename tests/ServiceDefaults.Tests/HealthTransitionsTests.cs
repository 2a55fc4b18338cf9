using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit;

namespace PartnershipHub.ServiceDefaults.Tests;

public sealed class HealthTransitionsTests
{
    [Fact]
    public async Task Not_ready_at_start_is_information_losing_health_later_is_an_error_and_recovery_is_information()
    {
        var log = new RecordingLogger();
        var transitions = new HealthTransitions(log);

        await transitions.PublishAsync(Report(HealthStatus.Unhealthy, "masstransit-bus", "Not ready: not started"), default);
        await transitions.PublishAsync(Report(HealthStatus.Unhealthy, "masstransit-bus", "Not ready: not started"), default);
        await transitions.PublishAsync(Report(HealthStatus.Healthy), default);
        await transitions.PublishAsync(Report(HealthStatus.Healthy), default);
        await transitions.PublishAsync(Report(HealthStatus.Unhealthy, "database", "connection refused"), default);
        await transitions.PublishAsync(Report(HealthStatus.Healthy), default);

        Assert.Equal(
            [
                (LogLevel.Information, "Not ready yet (Unhealthy): masstransit-bus: Not ready: not started"),
                (LogLevel.Error, "The service became Unhealthy: database: connection refused"),
                (LogLevel.Information, "Healthy again"),
            ],
            log.Entries);
    }

    private static HealthReport Report(HealthStatus status, string? check = null, string? description = null)
    {
        var entries = new Dictionary<string, HealthReportEntry>
        {
            ["self"] = new(HealthStatus.Healthy, null, TimeSpan.Zero, null, null),
        };
        if (check is not null)
        {
            entries[check] = new HealthReportEntry(status, description, TimeSpan.Zero, null, null);
        }

        return new HealthReport(entries, status, TimeSpan.Zero);
    }

    private sealed class RecordingLogger : ILogger<HealthTransitions>
    {
        public List<(LogLevel, string)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
