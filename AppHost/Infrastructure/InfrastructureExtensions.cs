using System.Diagnostics;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.AppHost.Infrastructure;

internal static class InfrastructureExtensions
{
    /// <summary>
    /// PostgreSQL and RabbitMQ as Aspire's containers when a container runtime answers (or is asked for), otherwise
    /// as processes from the distribution's packages. Publishing (a manifest) always describes the containers.
    /// </summary>
    public static SystemInfrastructure AddInfrastructure(this IDistributedApplicationBuilder builder, SystemSettings settings)
    {
        var mode = settings.Infrastructure;
        if (builder.ExecutionContext.IsPublishMode)
        {
            mode = InfrastructureMode.Containers;
        }
        else if (mode == InfrastructureMode.Auto)
        {
            mode = ContainerRuntimeAnswers() ? InfrastructureMode.Containers : InfrastructureMode.Processes;
        }

        return mode == InfrastructureMode.Containers ? builder.AddContainers() : builder.AddLocalProcesses(settings);
    }

    private static SystemInfrastructure AddContainers(this IDistributedApplicationBuilder builder)
    {
        // The version the processes run and CI tests (Debian 12's), not Aspire's newest.
        var postgres = builder.AddPostgres(ResourceNames.Postgres).WithImageTag("15").WithDataVolume();
        var rabbit = builder.AddRabbitMQ(ResourceNames.Messaging).WithManagementPlugin();
        return new SystemInfrastructure(
            name => postgres.AddDatabase(name),
            rabbit,
            project => project
                .WithEnvironment("RabbitMq__ManagementUrl", rabbit.GetEndpoint("management"))
                .WithEnvironment("RabbitMq__ManagementUser", rabbit.Resource.UserNameReference)
                .WithEnvironment("RabbitMq__ManagementPassword", ReferenceExpression.Create($"{rabbit.Resource.PasswordParameter}")));
    }

    private static SystemInfrastructure AddLocalProcesses(this IDistributedApplicationBuilder builder, SystemSettings settings)
    {
        var postgres = builder.AddLocalPostgres(ResourceNames.Postgres, settings);
        var rabbit = builder.AddLocalRabbitMQ(ResourceNames.Messaging, settings);
        return new SystemInfrastructure(
            name => postgres.AddLocalDatabase(name),
            rabbit,
            project => project
                .WithEnvironment("RabbitMq__ManagementUrl", rabbit.GetEndpoint(LocalRabbitMQServerResource.ManagementEndpointName))
                .WithEnvironment("RabbitMq__ManagementUser", LocalRabbitMQServerResource.User)
                .WithEnvironment("RabbitMq__ManagementPassword", LocalRabbitMQServerResource.Password));
    }

    /// <summary>What Aspire would use: <c>ASPIRE_CONTAINER_RUNTIME</c> (docker or podman), asked for its info.</summary>
    private static bool ContainerRuntimeAnswers()
    {
        var runtime = Environment.GetEnvironmentVariable("ASPIRE_CONTAINER_RUNTIME") is { Length: > 0 } configured ? configured : "docker";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, ["info", "--format", "{{.ServerVersion}}"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                return false;
            }

            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }
}
