using System.Text.RegularExpressions;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.AppHost.Tests.Support;

/// <summary>
/// What counts as a logged error in a resource's console: a .NET service's error or critical entry (the console
/// logger's <c>fail: Category[event]</c> / <c>crit: …</c> first line) and PostgreSQL's <c>ERROR:</c>, <c>FATAL:</c>
/// and <c>PANIC:</c> lines. Each comes with the lines that belong to it (the message under a .NET entry; DETAIL,
/// HINT and STATEMENT under a PostgreSQL one), so a failure message says what went wrong.
/// </summary>
public static partial class ErrorLines
{
    private const int MaxContinuationLines = 4;

    private static readonly HashSet<string> Services =
        [ResourceNames.Identity, ResourceNames.Students, ResourceNames.Companies, ResourceNames.Internships, ResourceNames.Guidance, ResourceNames.Notifications, ResourceNames.Insights, ResourceNames.Portal];

    public static IReadOnlyList<string> In(ResourceLogs logs)
    {
        var found = new List<string>();
        foreach (var instance in logs.ByInstance())
        {
            for (var i = 0; i < instance.Count; i++)
            {
                var line = instance[i];
                var text = ConsoleText.Plain(line.Content);
                var isError = (Services.Contains(line.Resource) && DotNetError().IsMatch(text))
                    || (line.Resource == ResourceNames.Postgres && PostgresError().IsMatch(text));
                if (!isError)
                {
                    continue;
                }

                var entry = new List<string> { text };
                for (var next = i + 1; next < instance.Count && entry.Count <= MaxContinuationLines && BelongsToEntry(line, instance[next]); next++)
                {
                    entry.Add(ConsoleText.Plain(instance[next].Content));
                }

                found.Add($"{line.ResourceId}: {string.Join(Environment.NewLine + "      ", entry)}");
            }
        }

        return found;
    }

    private static bool BelongsToEntry(ResourceLogLine entry, ResourceLogLine next)
    {
        var text = ConsoleText.Plain(next.Content);
        return entry.Resource == ResourceNames.Postgres ? PostgresContinuation().IsMatch(text) : text.StartsWith(' ') || text.StartsWith('\t');
    }

    // The simple console formatter's first line of an entry: "fail: Category[EventId]".
    [GeneratedRegex(@"(^|\s)(fail|crit): \S+\[\d+\]")]
    private static partial Regex DotNetError();

    // "2026-12-06 11:58:01.123 UTC [4242] ERROR:  duplicate key value violates unique constraint …"
    [GeneratedRegex(@"\b(ERROR|FATAL|PANIC):\s")]
    private static partial Regex PostgresError();

    [GeneratedRegex(@"\b(DETAIL|HINT|STATEMENT|CONTEXT):\s")]
    private static partial Regex PostgresContinuation();
}
