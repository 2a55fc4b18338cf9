namespace PartnershipHub.Notifications.Domain;

/// <summary>A job's schedule, kept in the database so it survives restarts and runs once however many replicas run.</summary>
public sealed class ScheduledJob
{
    public string Name { get; set; } = "";

    public DateTimeOffset NextRunAt { get; set; }

    public DateTimeOffset? LastStartedAt { get; set; }

    public DateTimeOffset? LastFinishedAt { get; set; }

    public string? LastRunBy { get; set; }

    public long? LastDurationMs { get; set; }
}
