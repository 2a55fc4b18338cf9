using Microsoft.Extensions.Diagnostics.HealthChecks;
using RabbitMQ.Client;

namespace PartnershipHub.AppHost.Infrastructure;

/// <summary>Healthy once the broker accepts an AMQP connection (the management plugin starts a moment earlier).</summary>
internal sealed class RabbitMQConnectionHealthCheck(Uri amqpUri) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var factory = new ConnectionFactory { Uri = amqpUri, RequestedConnectionTimeout = TimeSpan.FromSeconds(3) };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException)
        {
            return HealthCheckResult.Unhealthy("RabbitMQ does not accept connections yet.", exception);
        }
    }
}
