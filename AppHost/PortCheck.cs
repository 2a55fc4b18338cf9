using Microsoft.Extensions.Configuration;
using System.Net;
using System.Net.Sockets;

namespace PartnershipHub.AppHost;

/// <summary>
/// Before anything starts: every fixed port must be free, or the orchestrator's proxy fails silently and the service
/// only shows as "Unhealthy". Says which port, whose it is meant to be, and how to fix it.
/// </summary>
internal static class PortCheck
{
    /// <summary>What to tell the person who started it when a port is taken, or null when every port is free.</summary>
    public static string? Problem(IDistributedApplicationBuilder builder, SystemSettings settings)
    {
        if (builder.ExecutionContext.IsPublishMode)
        {
            return null;
        }

        var ports = settings.Ports;
        // Under Aspire.Hosting.Testing the proxied ports are chosen at random, so only the fixed ones count.
        var randomized = builder.Configuration.GetValue("DcpPublisher:RandomizePorts", false);
        var wanted = new List<(string Setting, int Port)>();
        if (!randomized)
        {
            wanted.AddRange([
                ("Portal", ports.Portal), ("Identity", ports.Identity), ("Students", ports.Students),
                ("Companies", ports.Companies), ("Internships", ports.Internships), ("Guidance", ports.Guidance),
                ("Notifications", ports.Notifications), ("Insights", ports.Insights),
            ]);
        }

        var taken = wanted.Where(entry => !IsFree(entry.Port)).ToList();
        if (taken.Count == 0)
        {
            return null;
        }

        var list = string.Join(", ", taken.Select(entry => $"{entry.Port} ({entry.Setting.ToLowerInvariant()})"));
        var first = taken[0];
        return (
            $"Port {list} on 127.0.0.1 is already in use by another program. Nothing was started. " +
            $"Fix: stop that program (another PartnershipHub? scripts/run.sh stop), or choose free ports, e.g. " +
            $"dotnet run --project AppHost -- --{SystemSettings.SectionName}:Ports:{first.Setting}={first.Port + 1000}");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
