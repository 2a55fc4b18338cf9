namespace PartnershipHub.Internships.Features.Matching;

/// <summary>Two sector preference lists are the same list when they hold the same strings in the same order.</summary>
internal sealed class PreferenceListComparer : IEqualityComparer<IReadOnlyList<string>>
{
    public static readonly PreferenceListComparer Instance = new();

    public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal));

    public int GetHashCode(IReadOnlyList<string> list)
    {
        var hash = default(HashCode);
        foreach (var item in list)
        {
            hash.Add(item, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
