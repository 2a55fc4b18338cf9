using System.Globalization;

namespace PartnershipHub.AppHost.Infrastructure;

/// <summary>RabbitMQ from the distribution's package, run by the AppHost as a process (Processes/rabbitmq.sh).</summary>
internal sealed class LocalRabbitMQServerResource(string name, string workingDirectory, int port)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";
    public const string ManagementEndpointName = "management";

    // RabbitMQ's guest account, which only accepts connections from loopback.
    public const string User = "guest";
    public const string Password = "guest";

    public int Port { get; } = port;

    public Uri AmqpUri => new(string.Create(CultureInfo.InvariantCulture, $"amqp://{User}:{Password}@127.0.0.1:{Port}"));

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{AmqpUri.ToString().TrimEnd('/')}");
}
