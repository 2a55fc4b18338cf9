using System.Net;
using System.Net.Sockets;

namespace PartnershipHub.Messaging.Tests.Harness;

/// <summary>
/// A loopback TCP relay in front of the broker. <see cref="Stop"/> resets every open connection and refuses new
/// ones, which is what a stopped broker looks like to a client; <see cref="Start"/> brings it back. The local
/// broker is shared by test classes running in parallel, so the outage is made here rather than by stopping it.
/// </summary>
public sealed class BrokerProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _open = [];
    private readonly Lock _gate = new();
    private TcpListener? _listener;
    private CancellationTokenSource? _accepting;

    public BrokerProxy(string targetHost, int targetPort)
    {
        _target = new IPEndPoint(IPAddress.Parse(targetHost == "localhost" ? "127.0.0.1" : targetHost), targetPort);
        // Reserve a port now so the address stays the same across stop and start.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    /// <summary>The broker connection string with its host and port replaced by this relay's.</summary>
    public string Rewrite(string brokerConnectionString) =>
        new UriBuilder(brokerConnectionString) { Host = "127.0.0.1", Port = Port }.Uri.ToString();

    public void Start()
    {
        _accepting = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptLoopAsync(_listener, _accepting.Token);
    }

    public void Stop()
    {
        _accepting?.Cancel();
        _listener?.Stop();
        lock (_gate)
        {
            foreach (var client in _open)
            {
                try
                {
                    // Linger 0 sends a reset, as a crashed broker would, instead of a polite close.
                    client.Client?.LingerState = new LingerOption(true, 0);
                }
                catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
                {
                    // Already gone: its relay ended and disposed it between our lock and this call.
                }

                client.Dispose();
            }

            _open.Clear();
        }
    }

    private async Task AcceptLoopAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
                return;
            }

            _ = RelayAsync(inbound, cancellationToken);
        }
    }

    private async Task RelayAsync(TcpClient inbound, CancellationToken cancellationToken)
    {
        var outbound = new TcpClient();
        lock (_gate)
        {
            _open.Add(inbound);
            _open.Add(outbound);
        }

        try
        {
            await outbound.ConnectAsync(_target, cancellationToken);
            var clientStream = inbound.GetStream();
            var brokerStream = outbound.GetStream();
            await Task.WhenAny(
                clientStream.CopyToAsync(brokerStream, cancellationToken),
                brokerStream.CopyToAsync(clientStream, cancellationToken));
        }
        catch (Exception)
        {
            // A reset connection is the point of this relay; the client sees it and reconnects.
        }
        finally
        {
            inbound.Dispose();
            outbound.Dispose();
            lock (_gate)
            {
                _open.Remove(inbound);
                _open.Remove(outbound);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }
}
