using System.Runtime.CompilerServices;
using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// The company side of the candidate scan, worked out once per run so the per-pair checks are array look-ups instead
/// of dictionary and string work: the slot groups with their accredited routes as a bit mask, each company's
/// normalised name and sector number, and the grid of locations per crebo (each cell one slice of one array).
/// </summary>
internal sealed class CompanyIndex
{
    private const double CellLatitude = 0.1;
    private const double CellLongitude = 0.16;

    private readonly Dictionary<(int Crebo, int Row, int Column), (int Start, int Count)> cells = [];

    public CompanyIndex(IReadOnlyList<MatchCompany> companies)
    {
        var byCell = new Dictionary<(int Crebo, int Row, int Column), List<GridEntry>>();
        NormalizedNames = new string[companies.Count];
        SectorNumbers = new int[companies.Count];
        OffersStructure = new bool[companies.Count];
        for (var c = 0; c < companies.Count; c++)
        {
            var company = companies[c];
            NormalizedNames[c] = CandidateBuilder.Normalize(company.Name);
            SectorNumbers[c] = Sectors.Number(company.Sector);
            OffersStructure[c] = company.OffersStructure;
            foreach (var (crebo, places) in company.FreePlaces)
            {
                if (places <= 0 || !company.CurrentAccreditations.TryGetValue(crebo, out var routes))
                {
                    continue;
                }

                var group = Groups.Count;
                Groups.Add(new SlotGroup(c, crebo, places));
                RouteMasks.Add(Mask(routes));
                if (!Crebos.TryGetValue(crebo, out var creboNumber))
                {
                    Crebos[crebo] = creboNumber = Crebos.Count;
                }

                foreach (var location in company.Locations)
                {
                    if (location.Latitude is { } lat && location.Longitude is { } lon)
                    {
                        var (row, column) = Cell(lat, lon);
                        if (!byCell.TryGetValue((creboNumber, row, column), out var list))
                        {
                            byCell[(creboNumber, row, column)] = list = [];
                        }

                        list.Add(new GridEntry(lat, lon, group, location));
                    }
                }
            }
        }

        // Flattened in the order the locations were added, so a scan meets them exactly as a list per cell would.
        Entries = new GridEntry[byCell.Values.Sum(l => l.Count)];
        var start = 0;
        foreach (var (cell, list) in byCell)
        {
            list.CopyTo(Entries, start);
            cells[cell] = (start, list.Count);
            start += list.Count;
        }
    }

    public List<SlotGroup> Groups { get; } = [];

    /// <summary>Per slot group, bit <c>1 &lt;&lt; route</c> set for each route the company's current accreditation allows.</summary>
    public List<int> RouteMasks { get; } = [];

    public Dictionary<string, int> Crebos { get; } = [];

    public string[] NormalizedNames { get; }

    public int[] SectorNumbers { get; }

    public bool[] OffersStructure { get; }

    public SectorNumbering Sectors { get; } = new();

    public GridEntry[] Entries { get; }

    public static int RouteBit(LearningRoute route) => 1 << (int)route;

    public static (int Row, int Column) Cell(double latitude, double longitude) =>
        ((int)Math.Floor(latitude / CellLatitude), (int)Math.Floor(longitude / CellLongitude));

    /// <summary>How many cells of latitude and longitude a radius spans; <paramref name="kmPerDegreeLongitude"/> at its widest point.</summary>
    public static (int Rows, int Columns) Span(double radiusKm, double kmPerDegreeLatitude, double kmPerDegreeLongitude) =>
        ((int)Math.Ceiling(radiusKm / kmPerDegreeLatitude / CellLatitude), (int)Math.Ceiling(radiusKm / kmPerDegreeLongitude / CellLongitude));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<GridEntry> InCell(int crebo, int row, int column) =>
        cells.TryGetValue((crebo, row, column), out var range) ? Entries.AsSpan(range.Start, range.Count) : [];

    private static int Mask(IReadOnlySet<LearningRoute> routes)
    {
        var mask = 0;
        foreach (var route in routes)
        {
            mask |= RouteBit(route);
        }

        return mask;
    }
}
