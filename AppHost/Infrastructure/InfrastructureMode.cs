namespace PartnershipHub.AppHost.Infrastructure;

public enum InfrastructureMode
{
    /// <summary>Containers when a container runtime answers, processes otherwise.</summary>
    Auto,

    /// <summary>Aspire's PostgreSQL and RabbitMQ containers.</summary>
    Containers,

    /// <summary>PostgreSQL 15 and RabbitMQ from the distribution's packages, started by the AppHost as processes.</summary>
    Processes,
}
