using System.Net;
using System.Net.Sockets;

namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>Ports nothing listens on right now, picked by the operating system, so a test run never meets another system.</summary>
public static class FreePorts
{
    /// <summary>
    /// <paramref name="count"/> distinct free ports; each one's next <paramref name="followingFree"/> ports are free too
    /// (RabbitMQ's command-line tools take the ports just above its distribution port).
    /// </summary>
    public static int[] Take(int count, int followingFree = 0)
    {
        var held = new List<TcpListener>();
        var ports = new List<int>();
        try
        {
            while (ports.Count < count)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                held.Add(listener); // held until all are chosen, so the OS cannot hand out the same port twice
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (port + followingFree <= IPEndPoint.MaxPort
                    && Enumerable.Range(port + 1, followingFree).All(next => !ports.Contains(next) && IsFree(next)))
                {
                    ports.Add(port);
                }
            }

            return [.. ports];
        }
        finally
        {
            held.ForEach(listener => listener.Stop());
        }
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
