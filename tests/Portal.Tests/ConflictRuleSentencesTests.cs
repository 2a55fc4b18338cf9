using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace PartnershipHub.Portal.Tests;

/// <summary>
/// Every rule an API can name in a 409 has a sentence in both of the portal's languages, so a conflict never reaches a
/// screen as the API's English text or a bare "conflict". The rules are read from the services' source (the conflict
/// exceptions they throw, the database conflicts they register, the shared answers), so a new rule fails this test
/// until it has its sentences.
/// </summary>
public sealed partial class ConflictRuleSentencesTests
{
    [Fact]
    public void Every_conflict_rule_of_every_service_has_a_dutch_and_an_english_sentence()
    {
        var root = RepositoryRoot();
        var rules = RulesNamedIn(Path.Combine(root, "src"));
        // A scanner that finds nothing would pass vacuously: the services name about forty rules today.
        Assert.True(rules.Count >= 40, $"Only {rules.Count} rules found: {string.Join(", ", rules)}");

        var localization = Path.Combine(root, "src", "Portal", "Portal.Web", "Localization");
        foreach (var file in new[] { "SharedResource.resx", "SharedResource.en.resx" })
        {
            var keys = XDocument.Load(Path.Combine(localization, file)).Root!.Elements("data")
                .Select(data => (string)data.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
            var missing = rules.Where(rule => !keys.Contains($"Rule.{rule}")).ToList();
            Assert.True(missing.Count == 0, $"{file} has no sentence for: {string.Join(", ", missing)}");
        }
    }

    private static SortedSet<string> RulesNamedIn(string sources)
    {
        var files = Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}Portal{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(path => path, File.ReadAllText);
        var constants = files.Values.SelectMany(text => Constant().Matches(text))
            .ToLookup(match => match.Groups["name"].Value, match => match.Groups["value"].Value);

        var rules = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            if (Path.GetFileName(path) is "ConflictAnswers.cs" or "ConflictRules.cs")
            {
                rules.UnionWith(Constant().Matches(text).Select(match => match.Groups["value"].Value));
            }

            rules.UnionWith(DefaultRule().Matches(text).Select(match => match.Groups["value"].Value));
            foreach (Match call in ConflictCall().Matches(text))
            {
                var arguments = call.Groups["arguments"].Value;
                rules.UnionWith(KebabLiteral().Matches(arguments).Select(match => match.Groups["value"].Value));
                rules.UnionWith(Identifier().Matches(arguments).SelectMany(match => constants[match.Groups["name"].Value]));
            }
        }

        return rules;
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

        throw new InvalidOperationException("The repository root (PartnershipHub.sln) was not found above the test's folder.");
    }

    /// <summary>A conflict raised or registered: the text from the call's opening parenthesis to the statement's end.</summary>
    [GeneratedRegex(@"\b(?:TransitionConflictException|ConflictException|DatabaseConflict)\((?<arguments>[^;]*);")]
    private static partial Regex ConflictCall();

    [GeneratedRegex(@"""(?<value>[a-z]+(?:-[a-z]+)+)""")]
    private static partial Regex KebabLiteral();

    [GeneratedRegex(@"\b(?<name>[A-Z]\w*)\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"const string (?<name>\w+) = ""(?<value>[a-z]+(?:-[a-z]+)+)""")]
    private static partial Regex Constant();

    /// <summary>A conflict type's default rule (<c>string rule = "transition-not-allowed"</c>).</summary>
    [GeneratedRegex(@"string rule = ""(?<value>[a-z]+(?:-[a-z]+)+)""")]
    private static partial Regex DefaultRule();
}
