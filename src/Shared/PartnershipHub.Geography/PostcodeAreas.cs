using System.Collections.Frozen;
using System.Globalization;

namespace PartnershipHub.Geography;

/// <summary>
/// Representative coordinates of the 4,064 Dutch PC4 postcode areas (GeoNames, CC BY 4.0). An area that is not
/// in the table has no coordinates: callers store the location without them and flag it, never at (0,0).
/// </summary>
public sealed class PostcodeAreas
{
    private readonly FrozenDictionary<string, Area> _areas;

    private PostcodeAreas(FrozenDictionary<string, Area> areas) => _areas = areas;

    /// <summary>The embedded table, loaded once (about 4,000 rows, a few milliseconds).</summary>
    public static PostcodeAreas Netherlands { get; } = LoadEmbedded();

    public int Count => _areas.Count;

    public bool TryFind(DutchPostcode postcode, out Area area) => TryFind(postcode.Digits, out area);

    public bool TryFind(string pc4, out Area area) => _areas.TryGetValue(pc4, out area!);

    public GeoPoint? Locate(DutchPostcode postcode) => TryFind(postcode, out var area) ? area.Centre : null;

    private static PostcodeAreas LoadEmbedded()
    {
        using var stream = typeof(PostcodeAreas).Assembly.GetManifestResourceStream("nl-pc4-coordinates.csv")
            ?? throw new InvalidOperationException("The embedded postcode table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header: pc4,latitude,longitude,place
        var areas = new Dictionary<string, Area>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',', 4);
            if (fields.Length < 3
                || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
                || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude))
            {
                continue;
            }

            areas[fields[0]] = new Area(fields[0], new GeoPoint(latitude, longitude), fields.Length > 3 ? fields[3] : "");
        }

        return new PostcodeAreas(areas.ToFrozenDictionary());
    }

    public sealed record Area(string Pc4, GeoPoint Centre, string Place);
}
