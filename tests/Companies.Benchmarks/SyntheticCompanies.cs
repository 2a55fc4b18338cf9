using System.Globalization;
using PartnershipHub.Geography;

namespace PartnershipHub.Companies.Benchmarks;

/// <summary>Reproducible made-up companies spread over the real PC4 areas.</summary>
internal static class SyntheticCompanies
{
    public static readonly IReadOnlyList<string> Crebos = ["25662", "25645", "25682", "25101", "25250", "25180", "25591", "25410"];

    public static readonly IReadOnlyList<PostcodeAreas.Area> Areas = Enumerable.Range(1000, 9000)
        .Select(n => n.ToString(CultureInfo.InvariantCulture))
        .Select(pc4 => PostcodeAreas.Netherlands.TryFind(pc4, out var area) ? area : null)
        .OfType<PostcodeAreas.Area>()
        .ToList();

    private static readonly string[] Kinds = ["Bakkerij", "Bouwbedrijf", "Kapsalon", "Supermarkt", "Garage", "Zorggroep", "Hotel", "Installatiebedrijf"];
    private static readonly string[] Families = ["De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder", "Bos", "Vos"];

    public static string Kvk(int index) => (10_000_000 + index).ToString(CultureInfo.InvariantCulture);

    public static string Name(Random random) => $"{Kinds[random.Next(Kinds.Length)]} {Families[random.Next(Families.Length)]}";

    public static string Postcode(Random random, PostcodeAreas.Area area) =>
        $"{area.Pc4} {(char)('A' + random.Next(18))}{(char)('A' + random.Next(26))}".Replace(" SA", " TA", StringComparison.Ordinal)
            .Replace(" SD", " TD", StringComparison.Ordinal).Replace(" SS", " TS", StringComparison.Ordinal);
}
