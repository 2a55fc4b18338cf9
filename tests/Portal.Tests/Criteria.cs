using PartnershipHub.Portal.Api;

namespace PartnershipHub.Portal.Tests;

internal static class Criteria
{
    public static readonly IReadOnlyList<FrameworkCriterion> Three =
    [
        Criterion("punctuality", "Stiptheid"),
        Criterion("initiative", "Initiatief"),
        Criterion("cooperation", "Samenwerken"),
    ];

    private static FrameworkCriterion Criterion(string key, string name) => new(key, name, $"Over {name}", new Dictionary<string, string>
    {
        ["needsAttention"] = $"{name}: vaak niet",
        ["developing"] = $"{name}: soms",
        ["competent"] = $"{name}: meestal",
        ["strong"] = $"{name}: altijd en helpt anderen",
    });
}
