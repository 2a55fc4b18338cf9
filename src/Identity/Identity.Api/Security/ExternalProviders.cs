using System.Text.RegularExpressions;

namespace PartnershipHub.Identity.Security;

/// <summary>The school identity providers configured at start-up, by name; none configured means no federated sign-in at all.</summary>
public sealed partial class ExternalProviders(IReadOnlyDictionary<string, ExternalProviderSettings> providers)
{
    public IReadOnlyDictionary<string, ExternalProviderSettings> All { get; } = providers;

    public ExternalProviderSettings? Find(string name) => All.GetValueOrDefault(name);

    /// <summary>Reads and checks every provider; a mistake stops the start with a message naming the setting, not a 500 at the first sign-in.</summary>
    public static ExternalProviders FromConfiguration(IConfiguration configuration)
    {
        var providers = new Dictionary<string, ExternalProviderSettings>(StringComparer.Ordinal);
        List<string> problems = [];
        foreach (var section in configuration.GetSection(ExternalProviderSettings.SectionName).GetChildren())
        {
            var settings = section.Get<ExternalProviderSettings>() ?? new ExternalProviderSettings();
            problems.AddRange(settings.Problems(section.Key));
            providers[section.Key] = settings;
        }

        return problems.Count == 0
            ? new ExternalProviders(providers)
            : throw new InvalidOperationException("The school identity provider settings are not valid:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex NamePattern();
}
