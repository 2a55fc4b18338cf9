using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using PartnershipHub.ServiceDefaults;
using Xunit;

namespace PartnershipHub.AppHost.Tests;

/// <summary>
/// The deployment description: the AppHost run as a user runs it with <c>--publisher manifest</c>. In publish mode it
/// always describes Aspire's containers, whatever runs locally.
/// </summary>
public sealed class ManifestTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"partnershiphub-manifest-{Guid.NewGuid():N}");

    [Fact]
    public async Task The_manifest_lists_the_broker_the_database_server_every_database_and_every_service()
    {
        var manifestPath = Path.Combine(_folder, "manifest.json");

        var (exitCode, output) = await RunAppHostAsync("--publisher", "manifest", "--output-path", manifestPath);

        Assert.True(exitCode == 0 && File.Exists(manifestPath), $"The AppHost wrote no manifest (exit {exitCode}):{Environment.NewLine}{output}");
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(manifestPath));
        var resources = manifest.RootElement.GetProperty("resources");
        string Type(string name) => resources.TryGetProperty(name, out var resource) ? resource.GetProperty("type").GetString() ?? "" : "(missing)";
        Assert.Equal("container.v0", Type(ResourceNames.Postgres));
        Assert.Equal("container.v0", Type(ResourceNames.Messaging));
        Assert.All(
            [ResourceNames.IdentityDb, ResourceNames.StudentsDb, ResourceNames.CompaniesDb, ResourceNames.InternshipsDb, ResourceNames.GuidanceDb, ResourceNames.NotificationsDb, ResourceNames.InsightsDb],
            database => Assert.True(resources.TryGetProperty(database, out var db) && db.TryGetProperty("connectionString", out _),
                $"{database} is in the manifest with a connection string ({Type(database)})"));
        Assert.All(
            [ResourceNames.Identity, ResourceNames.Students, ResourceNames.Companies, ResourceNames.Internships, ResourceNames.Guidance, ResourceNames.Notifications, ResourceNames.Insights, ResourceNames.Portal],
            service => Assert.Equal("project.v0", Type(service)));

        // Mailed links (the guardian's signing link among them) follow the portal's port.
        var portalLinks = resources.GetProperty(ResourceNames.Notifications).GetProperty("env").GetProperty("Notifications__PortalBaseUrl").GetString();
        Assert.StartsWith("http://localhost:{" + ResourceNames.Portal + ".bindings.", portalLinks);
        Assert.EndsWith(".port}", portalLinks);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary><c>dotnet run --project AppHost --no-build</c> in the configuration these tests were built in.</summary>
    private static async Task<(int ExitCode, string Output)> RunAppHostAsync(params string[] appHostArgs)
    {
        var configuration = typeof(ManifestTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var start = new ProcessStartInfo("dotnet", ["run", "--project", "AppHost", "--no-build", "-c", configuration, "--", .. appHostArgs])
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The AppHost did not finish publishing in 2 minutes:{Environment.NewLine}{await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnershipHub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The AppHost tests must run from inside the repository.");
    }
}
