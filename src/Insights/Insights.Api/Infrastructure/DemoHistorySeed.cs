using Microsoft.EntityFrameworkCore;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Insights.Infrastructure;

/// <summary>
/// Demo data (<c>Seed:Demo=true</c>, Development): three school years of synthetic, anonymous history for the demo
/// programmes (<see cref="DemoQualifications"/>), so a fresh demo dashboard shows figures instead of "fewer than five":
/// 300 students over three earlier cohorts with the demo mentors, placements at the demo companies (<see cref="DemoIds"/>)
/// and 25 generated ones, early endings, signals, assessments, progression wishes and answered surveys (the demo
/// trainer's company gets enough student answers for its results page). None of it is real, and none of it comes from
/// another service's events: every id is random (v4), so it never collides with the real demo students or placements.
/// Runs once: its first period's fixed id marks it as done, so a second start adds nothing.
/// </summary>
public sealed partial class DemoHistorySeed(TimeProvider clock, ILogger<DemoHistorySeed> logger) : IStartupSeed
{
    /// <summary>The first generated period's id: present means the history is there.</summary>
    public static readonly Guid MarkerPeriodId = Guid.Parse("85d8bce7-dd85-4657-8c46-9435f16be1b1");

    public const int Students = 300;

    public const int GeneratedCompanies = 25;

    /// <summary>Students (counted over every programme) whose first placement is at the demo trainer's company.</summary>
    private const int AtDemoCompany = 45;

    public string Name => "insights-demo-history";

    public SeedKind Kind => SeedKind.Demo;

    public async Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<InsightsDbContext>();
        if (await db.Periods.AnyAsync(p => p.Id == MarkerPeriodId, cancellationToken))
        {
            return SeedOutcome.Done;
        }

        var history = Generate(clock.GetUtcNow());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await DemoHistoryWriter.WriteAsync(db, history, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSeeded(history.Describe());
        return SeedOutcome.Done;
    }

    /// <summary>The history for the demo programmes, its first period carrying <see cref="MarkerPeriodId"/>.</summary>
    public static DemoHistory Generate(DateTimeOffset now)
    {
        var generator = new DemoHistoryGenerator(2026);
        var generated = generator.Companies(GeneratedCompanies);
        (string Crebo, string Name, string Code, string Team)[] demo =
        [
            (DemoQualifications.Retail, DemoQualifications.RetailName, "VK2", "Retail"),
            (DemoQualifications.Carpentry, DemoQualifications.CarpentryName, "TI2", "Bouw & Hout"),
            (DemoQualifications.Hairdressing, DemoQualifications.HairdressingName, "KA2", "Uiterlijke verzorging"),
        ];
        var programmes = demo.Select((p, index) =>
        {
            // Companies' seed accredits demo company n for programme (n - 1) % 3; company 1 (the demo trainer's) comes first.
            var numbers = Enumerable.Range(1, DemoIds.CompanyCount).Where(n => (n - 1) % demo.Length == index).ToList();
            List<Guid> companies = [.. numbers.Select(DemoIds.CompanyId), .. generated.Where((_, i) => i % demo.Length == index).Select(c => c.Id)];
            return new DemoProgramme(p.Crebo, p.Name, DemoQualifications.Level, p.Code, p.Team, companies, numbers.ToDictionary(DemoIds.CompanyId, DemoIds.TrainerId));
        }).ToList();

        var history = generator.Generate(now, Students, programmes, DemoIds.Mentors, AtDemoCompany);
        history.Companies.AddRange(generated);
        var marker = history.Periods[0];
        foreach (var placement in history.Placements.Where(p => p.PeriodId == marker.Id))
        {
            placement.PeriodId = MarkerPeriodId;
        }

        foreach (var survey in history.Surveys.Where(s => s.PeriodId == marker.Id))
        {
            survey.PeriodId = MarkerPeriodId;
        }

        marker.Id = MarkerPeriodId;
        return history;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo history (synthetic) added: {Summary}")]
    private partial void LogSeeded(string summary);
}
