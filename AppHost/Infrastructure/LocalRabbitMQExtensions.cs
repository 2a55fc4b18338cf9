using Microsoft.Extensions.DependencyInjection;
using System.Globalization;

namespace PartnershipHub.AppHost.Infrastructure;

internal static class LocalRabbitMQExtensions
{
    /// <summary>
    /// RabbitMQ as a process with the management plugin: data under <c>DataDirectory/rabbitmq</c>, AMQP and the
    /// management API on 127.0.0.1, healthy once it accepts an AMQP connection.
    /// </summary>
    public static IResourceBuilder<LocalRabbitMQServerResource> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder, string name, SystemSettings settings)
    {
        var ports = settings.Ports;
        var server = new LocalRabbitMQServerResource(name, builder.AppHostDirectory, ports.RabbitMQ);
        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddCheck(healthCheck, new RabbitMQConnectionHealthCheck(server.AmqpUri));

        return builder.AddResource(server)
            .WithArgs(
                Path.Combine(builder.AppHostDirectory, "Processes", "rabbitmq.sh"),
                Path.Combine(settings.DataDirectory, "rabbitmq"),
                Text(ports.RabbitMQ),
                Text(ports.RabbitMQManagement),
                Text(ports.RabbitMQDistribution),
                Text(ports.Epmd),
                settings.RabbitMQBinDirectory)
            .WithEndpoint(port: ports.RabbitMQ, targetPort: ports.RabbitMQ, scheme: "amqp",
                name: LocalRabbitMQServerResource.EndpointName, isProxied: false)
            .WithHttpEndpoint(port: ports.RabbitMQManagement, targetPort: ports.RabbitMQManagement,
                name: LocalRabbitMQServerResource.ManagementEndpointName, isProxied: false)
            .WithHealthCheck(healthCheck)
            .ExcludeFromManifest();
    }

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
