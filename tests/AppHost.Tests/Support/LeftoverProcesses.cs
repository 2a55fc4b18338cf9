using System.Diagnostics;

namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>
/// Processes of one test run that a stopped system must not leave behind, found through Linux's /proc: whatever names
/// one of the run's markers in its command line or environment. The run's temp folder marks PostgreSQL (its data folder
/// is an argument), the start scripts, and beam.smp and epmd (HOME lies in the data folder); the run's broker address
/// marks every service process and the <c>dotnet run</c> around it (<c>ConnectionStrings__messaging</c>).
/// </summary>
public static class LeftoverProcesses
{
    public static async Task<IReadOnlyList<string>> WaitUntilGoneAsync(IReadOnlyCollection<string> markers, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var left = Find(markers);
            if (left.Count == 0 || DateTime.UtcNow > deadline)
            {
                return [.. left.Select(p => $"{p.Id} {p.CommandLine}")];
            }

            await Task.Delay(250);
        }
    }

    /// <summary>Ends what was left (the test started it), so one failing run does not disturb the next.</summary>
    public static void Kill(IReadOnlyCollection<string> markers)
    {
        foreach (var (id, _) in Find(markers))
        {
            try
            {
                using var process = Process.GetProcessById(id);
                process.Kill(entireProcessTree: true);
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // Gone in the meantime.
            }
        }
    }

    private static List<(int Id, string CommandLine)> Find(IReadOnlyCollection<string> markers)
    {
        var found = new List<(int, string)>();
        if (!Directory.Exists("/proc"))
        {
            return found;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var id) || id == Environment.ProcessId)
            {
                continue;
            }

            var commandLine = Read(directory, "cmdline");
            var environment = Read(directory, "environ");
            if (commandLine is { Length: > 0 } && !IsZombie(directory)
                && markers.Any(marker => commandLine.Contains(marker, StringComparison.Ordinal) || environment?.Contains(marker, StringComparison.Ordinal) == true))
            {
                found.Add((id, commandLine));
            }
        }

        return found;
    }

    private static string? Read(string processDirectory, string file)
    {
        try
        {
            return File.ReadAllText(Path.Combine(processDirectory, file)).Replace('\0', ' ').Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // ended while we looked, or not ours to read
        }
    }

    private static bool IsZombie(string processDirectory)
    {
        // "pid (comm) S …": the state follows the closing parenthesis of the command name.
        var stat = Read(processDirectory, "stat");
        return stat is null || stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0] is "Z" or "X";
    }
}
