using System.Globalization;

namespace PartnershipHub.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL from the distribution's package, run by the AppHost as a process (Processes/postgres.sh). Its connection
/// string has the shape Aspire's container resource gives, so a service cannot tell which one it got.
/// </summary>
internal sealed class LocalPostgresServerResource(string name, string workingDirectory, int port)
    : ExecutableResource(name, "bash", workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    // Local to this machine, on 127.0.0.1 only, like the test servers; never a deployment's credentials.
    public const string User = "postgres";
    public const string Password = "postgres";

    public int Port { get; } = port;

    public List<LocalPostgresDatabaseResource> Databases { get; } = [];

    public string AdminConnectionString =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username={User};Password={Password}");

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{AdminConnectionString}");
}
