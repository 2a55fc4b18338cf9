using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Events;
using PartnershipHub.Contracts;
using PartnershipHub.Geography;

namespace PartnershipHub.Companies.Infrastructure;

/// <summary>
/// Demo data (<c>Seed:Demo=true</c>): 120 companies in 40 real PC4 areas, each accredited for one of the
/// <see cref="DemoQualifications"/>, with a trainer and places in two periods. Ids are fixed so other services'
/// seeds can refer to them: company n (1–120) is <c>5eed0000-0000-0000-0000-000000000cNN</c> with NN = n in hex
/// (c01…c78), its trainer <c>5eed0000-0000-0000-0000-000000001NNN</c>. The first company's trainer is
/// <c>trainer@demo.partnershiphub.nl</c>. Seeding again adds only what is missing and publishes events for that.
/// </summary>
public sealed class CompaniesSeed(CompaniesDbContext db, PostcodeAreas areas)
{
    public const string DemoTrainerEmail = "trainer@demo.partnershiphub.nl";
    public const int CompanyCount = 120;

    public static readonly IReadOnlyList<(string Name, DateOnly Start, DateOnly End)> Periods =
    [
        ("2026-2027 BPV 1", new DateOnly(2026, 9, 1), new DateOnly(2027, 1, 31)),
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
        (DemoQualifications.Carpentry, "Construction", ["Timmerbedrijf", "Bouwbedrijf", "Houtbouw", "Interieurbouw", "Renovatiebedrijf"]),
        (DemoQualifications.Hairdressing, "Personal care", ["Kapsalon", "Haarstudio", "Salon", "Knipperij", "Kappershuis"]),
    ];

    private static readonly string[] FamilyNames = ["De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder"];

    public static Guid CompanyId(int number) => new($"5eed0000-0000-0000-0000-{0xC00 + number:x12}");

    public static Guid TrainerId(int number) => new($"5eed0000-0000-0000-0000-{0x1000 + number:x12}");

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var ids = Enumerable.Range(1, CompanyCount).Select(CompanyId).ToList();
        var existing = (await db.Companies.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        if (existing.Count == CompanyCount)
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

        for (var number = 1; number <= CompanyCount; number++)
        {
            if (!existing.Contains(CompanyId(number)))
            {
                AddCompany(number, periods);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void AddCompany(int number, IReadOnlyList<Period> periods)
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
                closeSupervision ? "every two weeks" : "once per period",
                closeSupervision ? "the trainer, mornings" : "the owner",
                closeSupervision ? "Works with students who need structure: fixed tasks, a fixed buddy, short check-ins." : null,
                closeSupervision ? [Offers.CloseSupervision, Offers.FixedDailyStructure] : [],
                "cooperation"),
            [LocationDetails.Create(null, $"{family}straat {number}", $"{pc4} {letters}", place, null, null, areas, "locations[0]")]);

        var company = Company.Register(CompanyId(number), details);
        db.Companies.Add(company);
        db.CompanyRegistered(company);

        company.GrantAccreditation(crebo, [LearningRoute.Bol, LearningRoute.Bbl], new DateOnly(2024, 1, 1), null);
        db.AccreditationGranted(company, company.FindAccreditation(crebo)!);

        var trainer = company.RegisterTrainer(TrainerId(number), TrainerDetails.Create(
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
