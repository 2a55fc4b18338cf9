using PartnershipHub.Insights.Infrastructure;

namespace PartnershipHub.Insights.Benchmarks;

/// <summary>A large college for the benchmark: 20 level-2 programmes, their companies and students, from the demo history's generator.</summary>
internal static class SyntheticCollege
{
    public static (DemoHistory History, IReadOnlyList<string> Crebos) Generate(DateTimeOffset now, int students, int companies, int programmes)
    {
        var generator = new DemoHistoryGenerator(23);
        var companyFacts = generator.Companies(companies);
        var mentors = Enumerable.Range(0, Math.Max(10, students / 25)).Select(_ => Guid.NewGuid()).ToList();
        var list = Enumerable.Range(0, programmes).Select(p =>
        {
            var crebo = (25100 + p).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var own = companyFacts.Where((_, i) => i % programmes == p).Select(c => c.Id).ToList();
            var trainers = own.Where((_, i) => i % 4 != 0).ToDictionary(c => c, _ => Guid.NewGuid());
            return new DemoProgramme(crebo, $"Programme {crebo}", 2, $"P{p:00}", $"Team {p % 6}", own, trainers);
        }).ToList();
        var history = generator.Generate(now, students, list, mentors);
        history.Companies.AddRange(companyFacts);
        return (history, [.. list.Select(p => p.Crebo)]);
    }
}
