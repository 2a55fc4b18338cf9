using System.Globalization;

namespace PartnershipHub.Portal.Progress;

/// <summary>
/// How each assessor role is drawn in a growth chart: its own colour (3:1 against white, WCAG non-text contrast), its
/// own marker shape and its own line pattern, so five roles that agree still read as five, without relying on colour.
/// </summary>
public static class ChartMarkers
{
    public sealed record Style(string Colour, string Shape, string? Dash);

    private static readonly Dictionary<string, Style> ByRole = new(StringComparer.Ordinal)
    {
        ["trainer"] = new("#1f4e8c", "circle", null),
        ["teacher"] = new("#8a3b12", "square", "6 3"),
        ["mentor"] = new("#1b5e20", "diamond", "2 3"),
        ["peer"] = new("#6a1b9a", "triangle", "8 3 2 3"),
        ["self"] = new("#b00020", "triangle-down", "1 2"),
    };

    private static readonly Style[] Others = [new("#4e4e4e", "cross", "4 2"), new("#005f73", "circle", "3 3")];

    public static Style For(string role, int index) =>
        ByRole.TryGetValue(role, out var style) ? style : Others[index % Others.Length];

    /// <summary>An SVG path for <paramref name="shape"/> centred on (x, y), about 9 units across.</summary>
    public static string Path(string shape, double x, double y) => shape switch
    {
        "square" => $"M{F(x - 4)} {F(y - 4)}h8v8h-8z",
        "diamond" => $"M{F(x)} {F(y - 5.5)}l5.5 5.5l-5.5 5.5l-5.5 -5.5z",
        "triangle" => $"M{F(x)} {F(y - 5)}l5 9h-10z",
        "triangle-down" => $"M{F(x)} {F(y + 5)}l5 -9h-10z",
        "cross" => $"M{F(x - 4.5)} {F(y - 1.5)}h3v-3h3v3h3v3h-3v3h-3v-3h-3z",
        _ => $"M{F(x - 4.5)} {F(y)}a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0z",
    };

    // SVG wants a decimal point whatever the user's culture (nl-NL writes a comma).
    public static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
