using System.Text.RegularExpressions;

namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>A console line as a person reads it.</summary>
public static partial class ConsoleText
{
    private const int MaxLength = 400;

    /// <summary>
    /// Without the orchestrator's timestamp and the console logger's colours (the orchestrator asks for them:
    /// "\e[41m\e[30mfail\e[39m\e[22m\e[49m: …"), and cut at a readable length.
    /// </summary>
    public static string Plain(string line)
    {
        var plain = AnsiEscape().Replace(OrchestratorTimestamp().Replace(line, ""), "").TrimEnd();
        return plain.Length <= MaxLength ? plain : plain[..MaxLength] + "…";
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T[0-9:.]+Z ")]
    private static partial Regex OrchestratorTimestamp();

    [GeneratedRegex(@"\x1B\[[0-9;]*m")]
    private static partial Regex AnsiEscape();
}
