using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Features.Accreditations;
using PartnershipHub.Companies.Features.Capacity;
using PartnershipHub.Companies.Features.Companies;
using PartnershipHub.Companies.Features.Trainers;
using PartnershipHub.Contracts;
using PartnershipHub.Geography;
using PartnershipHub.Persistence.Seeding;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Companies.Infrastructure;

/// <summary>
/// Demo data (<c>Seed:Demo=true</c>, Development): 120 companies in 40 real PC4 areas, each accredited for one of the
/// <see cref="DemoQualifications"/>, with a trainer and places in two periods. Ids come from <see cref="DemoIds"/>, so
/// other services' seeds can refer to them: company n (1–120) is <see cref="DemoIds.CompanyId"/>, its trainer
/// <see cref="DemoIds.TrainerId"/>. The first company's trainer is <c>trainer@demo.partnershiphub.nl</c>. Seeding
/// again adds only what is missing and publishes events for that.
/// </summary>
public sealed class CompaniesSeed(PostcodeAreas areas) : IStartupSeed
{
    public const string DemoTrainerEmail = "trainer@demo.partnershiphub.nl";

    public string Name => "companies-demo";

    public SeedKind Kind => SeedKind.Demo;

    public static readonly IReadOnlyList<(string Name, DateOnly Start, DateOnly End)> Periods =
    [
        (DemoIds.FirstPeriodName, new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31)),
        ("2026-2027 BPV 2", new DateOnly(2027, 2, 1), new DateOnly(2027, 6, 30)),
    ];

    private static readonly string[] Postcodes =
    [
        "1012", "1013", "1055", "1091", "3511", "3527", "3011", "3031", "2511", "2525",
        "5611", "5642", "9711", "9726", "6811", "6824", "7511", "7531", "8011", "8024",
        "4811", "4834", "6211", "6222", "5211", "5223", "2011", "2031", "2311", "2324",
        "3811", "3824", "6511", "6532", "1811", "1825", "8911", "7411", "1211", "3311",
    ];

    private static readonly (string Crebo, string Sector, string[] Names)[] Trades =
    [
        (DemoQualifications.Retail, "Retail", ["Modehuis", "Bakkerij", "Supermarkt", "Boekhandel", "Tuincentrum"]),
        (DemoQualifications.Carpentry, "Bouw en hout", ["Timmerbedrijf", "Bouwbedrijf", "Houtbouw", "Interieurbouw", "Renovatiebedrijf"]),
        (DemoQualifications.Hairdressing, "Uiterlijke verzorging", ["Kapsalon", "Haarstudio", "Salon", "Knipperij", "Kappershuis"]),
    ];

    private static readonly string[] FamilyNames = ["De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder"];

    public async Task<SeedOutcome> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await SeedAsync(services.GetRequiredService<CompaniesDbContext>(), cancellationToken);
        return SeedOutcome.Done;
    }

    /// <summary>Adds what is missing; it waits for no other service.</summary>
    public async Task SeedAsync(CompaniesDbContext db, CancellationToken cancellationToken = default)
    {
        var ids = Enumerable.Range(1, DemoIds.CompanyCount).Select(DemoIds.CompanyId).ToList();
        var existing = (await db.Companies.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        if (existing.Count == DemoIds.CompanyCount)
        {
            return;
        }

        var periods = new List<Period>();
        foreach (var (name, start, end) in Periods)
        {
            var period = await db.Periods.FindAsync([Period.IdFor(name)], cancellationToken);
            if (period is null)
            {
                period = Period.Create(name, start, end);
                db.Periods.Add(period);
            }

            periods.Add(period);
        }

        for (var number = 1; number <= DemoIds.CompanyCount; number++)
        {
            if (!existing.Contains(DemoIds.CompanyId(number)))
            {
                AddCompany(db, number, periods);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void AddCompany(CompaniesDbContext db, int number, IReadOnlyList<Period> periods)
    {
        var index = number - 1;
        var (crebo, sector, names) = Trades[index % Trades.Length];
        var pc4 = Postcodes[index / Trades.Length];
        var place = areas.TryFind(pc4, out var area) ? area.Place : "Nederland";
        var family = FamilyNames[index % FamilyNames.Length];
        var name = $"{names[index / Trades.Length % names.Length]} {family} {place}";
        var letters = $"{(char)('A' + (index % 20))}{(char)('B' + (index % 23))}";
        var closeSupervision = number % 3 == 1;

        var details = CompanyDetails.Create(
            name,
            (10_000_000 + (number * 7_919)).ToString(CultureInfo.InvariantCulture),
            (100_000 + number).ToString(CultureInfo.InvariantCulture),
            sector,
            active: true,
            ContactPerson.Create($"{family} (eigenaar)", $"info@demo-{number}.partnershiphub.nl", $"06-{10_000_000 + number}", "contact"),
            CooperationAgreement.Create(
                closeSupervision ? "elke twee weken" : "één keer per periode",
                closeSupervision ? "de praktijkopleider, 's ochtends" : "de eigenaar",
                closeSupervision ? "Werkt met studenten die structuur nodig hebben: vaste taken, een vaste buddy, korte momenten om bij te praten." : null,
                closeSupervision ? [Offers.CloseSupervision, Offers.FixedDailyStructure] : [],
                "cooperation"),
            [LocationDetails.Create(null, $"{family}straat {number}", $"{pc4} {letters}", place, null, null, areas, "locations[0]")]);

        var company = Company.Register(DemoIds.CompanyId(number), details);
        db.Companies.Add(company);
        db.CompanyRegistered(company);

        company.GrantAccreditation(crebo, [LearningRoute.Bol, LearningRoute.Bbl], new DateOnly(2024, 1, 1), null);
        db.AccreditationGranted(company, company.FindAccreditation(crebo)!);

        var trainer = company.RegisterTrainer(DemoIds.TrainerId(number), TrainerDetails.Create(
            number == 1 ? "Demo Praktijkopleider" : $"{FamilyNames[(index + 3) % FamilyNames.Length]} praktijkopleider",
            number == 1 ? DemoTrainerEmail : $"trainer{number}@demo.partnershiphub.nl",
            $"06-{20_000_000 + number}",
            [crebo],
            closeSupervision ? 2 : 4,
            active: true));
        db.TrainerRegistered(company, trainer);

        foreach (var (period, places) in periods.Zip(new[] { 1 + (number % 3), 1 + (number % 2) }))
        {
            company.SetCapacity(period, crebo, places, "capacity");
            db.CapacityPublished(company, period, company.Capacity.Single(c => c.PeriodId == period.Id && c.Crebo == crebo));
        }
    }
}
