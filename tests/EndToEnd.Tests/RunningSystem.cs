using System.Diagnostics;
using Xunit;

namespace PartnershipHub.EndToEnd.Tests;

/// <summary>
/// The system started exactly as the README's run command starts it (<c>scripts/run.sh --detach</c>), once for
/// all end-to-end tests, and stopped afterwards. A system that is already running (a developer's
/// <c>scripts/run.sh</c>) is used as it is and left running.
/// </summary>
public sealed class RunningSystem : IAsyncLifetime
{
    public static readonly Uri Identity = new("http://127.0.0.1:5101");
    public static readonly Uri Students = new("http://127.0.0.1:5102");
    public static readonly Uri Companies = new("http://127.0.0.1:5103");
    public static readonly Uri Internships = new("http://127.0.0.1:5104");
    public static readonly Uri Guidance = new("http://127.0.0.1:5105");
    public static readonly Uri Notifications = new("http://127.0.0.1:5106");
    public static readonly Uri Insights = new("http://127.0.0.1:5107");
    public static readonly Uri Portal = new("http://127.0.0.1:5100");

    private static readonly Uri[] Services = [Identity, Students, Companies, Internships, Guidance, Notifications, Insights, Portal];
    private bool _startedHere;

    public string RepositoryRoot { get; } = FindRepositoryRoot();

    public string MailDirectory => Path.Combine(RepositoryRoot, ".local", "mail");

    public async Task InitializeAsync()
    {
        if (await AllHealthyAsync())
        {
            return;
        }

        var (exitCode, output) = await RunScriptAsync("--detach", TimeSpan.FromMinutes(10));
        _startedHere = true;
        if (exitCode != 0 || !await AllHealthyAsync())
        {
            throw new InvalidOperationException($"scripts/run.sh --detach failed (exit {exitCode}):\n{output}");
        }
    }

    public async Task DisposeAsync()
    {
        if (_startedHere)
        {
            await RunScriptAsync("stop", TimeSpan.FromMinutes(1));
        }
    }

    private static async Task<bool> AllHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        foreach (var service in Services)
        {
            try
            {
                if (!(await http.GetAsync(new Uri(service, "/health"))).IsSuccessStatusCode)
                {
                    return false;
                }
            }
            catch (HttpRequestException)
            {
                return false;
            }
            catch (TaskCanceledException)
            {
                return false;
            }
        }

        return true;
    }

    private async Task<(int ExitCode, string Output)> RunScriptAsync(string argument, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("bash", ["scripts/run.sh", argument])
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PartnershipHub.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The end-to-end tests must run from inside the repository.");
    }
}
