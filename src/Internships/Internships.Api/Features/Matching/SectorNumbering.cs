using System.Runtime.CompilerServices;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// Numbers the distinct company sectors and the distinct preference lists of a run, and remembers per (preference
/// list, sector) whether they match, so the substring comparison runs once per combination instead of once per pair.
/// </summary>
internal sealed class SectorNumbering
{
    // Above this many combinations the table would cost more memory than the comparisons it saves.
    private const long MaxTableSize = 16_000_000;

    private readonly Dictionary<string, int> sectors = new(StringComparer.Ordinal);
    private readonly List<string?> sectorNames = [null];
    private readonly Dictionary<IReadOnlyList<string>, int> preferences = new(PreferenceListComparer.Instance);
    private readonly List<IReadOnlyList<string>> preferenceLists = [];
    private sbyte[]? matches;

    /// <summary>The sector's number; 0 is "no sector", which never matches.</summary>
    public int Number(string? sector)
    {
        if (sector is null)
        {
            return 0;
        }

        if (!sectors.TryGetValue(sector, out var number))
        {
            sectors[sector] = number = sectorNames.Count;
            sectorNames.Add(sector);
        }

        return number;
    }

    /// <summary>Numbers the preference lists of all students (-1 for none); call once, before <see cref="Matches"/>.</summary>
    public int[] NumberPreferences(IReadOnlyList<MatchStudent> students)
    {
        var numbers = new int[students.Count];
        for (var s = 0; s < students.Count; s++)
        {
            var list = students[s].Sectors;
            if (list.Count == 0)
            {
                numbers[s] = -1;
                continue;
            }

            if (!preferences.TryGetValue(list, out var number))
            {
                preferences[list] = number = preferenceLists.Count;
                preferenceLists.Add(list);
            }

            numbers[s] = number;
        }

        var size = (long)preferenceLists.Count * sectorNames.Count;
        matches = size <= MaxTableSize ? new sbyte[size] : null;
        return numbers;
    }

    /// <summary>Whether preference list <paramref name="preference"/> matches sector <paramref name="sector"/>; safe to call from several threads.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Matches(int preference, int sector)
    {
        if (matches is null)
        {
            return CandidateBuilder.SectorMatches(preferenceLists[preference], sectorNames[sector]);
        }

        // 0 = not yet known; two threads computing the same cell write the same value, so the race is harmless.
        ref var known = ref matches[((long)preference * sectorNames.Count) + sector];
        if (known == 0)
        {
            known = CandidateBuilder.SectorMatches(preferenceLists[preference], sectorNames[sector]) ? (sbyte)1 : (sbyte)-1;
        }

        return known > 0;
    }
}
