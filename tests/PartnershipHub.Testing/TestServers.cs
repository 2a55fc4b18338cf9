using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace PartnershipHub.Testing;

/// <summary>
/// Where the tests' PostgreSQL and RabbitMQ live: the local servers named in the environment
/// (<c>PH_TEST_POSTGRES</c>, <c>PH_TEST_RABBITMQ</c>, <c>PH_TEST_RABBITMQ_MGMT</c>; scripts/test.sh sets them), or
/// else containers started once per test run with Testcontainers (hosts with a Docker engine, e.g. GitHub CI).
/// </summary>
public static class TestServers
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Servers? _servers;

    public static async Task<Servers> GetAsync()
    {
        if (_servers is not null)
        {
            return _servers;
        }

        await Gate.WaitAsync();
        try
        {
            return _servers ??= FromEnvironment() ?? await StartContainersAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private static Servers? FromEnvironment()
    {
        var postgres = Environment.GetEnvironmentVariable("PH_TEST_POSTGRES");
        var amqp = Environment.GetEnvironmentVariable("PH_TEST_RABBITMQ");
        var management = Environment.GetEnvironmentVariable("PH_TEST_RABBITMQ_MGMT");
        if (string.IsNullOrWhiteSpace(postgres) || string.IsNullOrWhiteSpace(amqp) || string.IsNullOrWhiteSpace(management))
        {
            return null;
        }

        return new Servers(
            postgres,
            new Uri(amqp),
            new Uri(management),
            Environment.GetEnvironmentVariable("PH_TEST_RABBITMQ_USER") ?? "guest",
            Environment.GetEnvironmentVariable("PH_TEST_RABBITMQ_PASSWORD") ?? "guest");
    }

    private static async Task<Servers> StartContainersAsync()
    {
        // Started once and left to Testcontainers' reaper: every test class shares the servers, not the databases.
        var postgres = new PostgreSqlBuilder("postgres:15-alpine").WithCommand("-c", "max_connections=500").Build();
        var rabbit = new RabbitMqBuilder("rabbitmq:3.13-management").WithUsername("guest").WithPassword("guest").Build();
        await Task.WhenAll(postgres.StartAsync(), rabbit.StartAsync());

        var amqp = new Uri(rabbit.GetConnectionString());
        var management = new UriBuilder("http", rabbit.Hostname, rabbit.GetMappedPublicPort(15672)).Uri;
        return new Servers(postgres.GetConnectionString(), amqp, management, "guest", "guest");
    }
}

/// <summary>Admin connection details of the shared test servers.</summary>
public sealed record Servers(string PostgresAdmin, Uri Amqp, Uri Management, string RabbitUser, string RabbitPassword);
