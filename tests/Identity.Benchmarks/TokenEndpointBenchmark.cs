using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Identity.Benchmarks;

/// <summary>
/// Load test of the token endpoint: client credentials, 50 concurrent clients, against the real service on Kestrel
/// (127.0.0.1), the local PostgreSQL and RabbitMQ. Prints requests/s and latency percentiles, then stops.
/// Run: dotnet run -c Release --project tests/Identity.Benchmarks [-- <seconds> <clients>]
/// </summary>
internal static class TokenEndpointBenchmark
{
    private const string Secret = "benchmark-secret";

    public static async Task Main(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var clients = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50;

        Environment.SetEnvironmentVariable("PH_TEST_POSTGRES", Environment.GetEnvironmentVariable("PH_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres");
        Environment.SetEnvironmentVariable("PH_TEST_RABBITMQ", Environment.GetEnvironmentVariable("PH_TEST_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:55672");
        Environment.SetEnvironmentVariable("PH_TEST_RABBITMQ_MGMT", Environment.GetEnvironmentVariable("PH_TEST_RABBITMQ_MGMT") ?? "http://127.0.0.1:55680");

        // WebApplicationFactory looks for the service's content root next to a solution file; point it there directly.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PARTNERSHIPHUB_IDENTITY_API", ServiceDirectory());

        await using var database = await TestDatabase.CreateAsync("identity_bench");
        await using var broker = await TestVirtualHost.CreateAsync("identity-bench");
        var port = FreePort();
        await using var factory = new ServiceFactory<global::Program>(ResourceNames.IdentityDb, "identity-api", database.ConnectionString, broker.ConnectionString);
        factory.Settings["Database:MigrateOnStartup"] = "true";
        factory.Settings["Identity:AllowHttp"] = "true";
        factory.Settings["Identity:Clients:ServicesSecret"] = Secret;
        factory.Settings["RateLimiting:Token:PermitLimit"] = "100000000";
        factory.Settings["Logging:LogLevel:Default"] = "Warning";
        factory.Settings["Mail:PickupDirectory"] = Path.Combine(Path.GetTempPath(), "ph-identity-bench-mail");
        factory.UseKestrel(port);
        factory.StartServer();

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}/"),
        };

        async Task<(bool Ok, double Milliseconds)> RequestTokenAsync()
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = "services",
                ["client_secret"] = Secret,
                ["scope"] = "students companies",
            }));
            await response.Content.ReadAsByteArrayAsync();
            return (response.StatusCode == HttpStatusCode.OK, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        // Warm-up: JIT, connection pools, the first key load.
        for (var i = 0; i < 200; i++)
        {
            if (!(await RequestTokenAsync()).Ok)
            {
                throw new InvalidOperationException("Warm-up token request failed.");
            }
        }

        var latencies = new List<double>[clients];
        var failures = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            latencies[worker] = [];
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var (ok, ms) = await RequestTokenAsync();
                latencies[worker].Add(ms);
                if (!ok)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        clock.Stop();

        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(p / 100 * all.Length) - 1)];
        Console.WriteLine($"Token endpoint, client credentials, {clients} concurrent clients, {clock.Elapsed.TotalSeconds:F1} s, {Environment.ProcessorCount} cores");
        Console.WriteLine($"requests: {all.Length}, failures: {failures}");
        Console.WriteLine($"throughput: {all.Length / clock.Elapsed.TotalSeconds:F0} requests/s");
        Console.WriteLine($"latency ms: p50 {Percentile(50):F1}, p90 {Percentile(90):F1}, p99 {Percentile(99):F1}, max {all[^1]:F1}");
    }

    private static string ServiceDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PartnershipHub.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null ? AppContext.BaseDirectory : Path.Combine(directory.FullName, "src", "Identity", "Identity.Api");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
