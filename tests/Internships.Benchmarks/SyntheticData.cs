using Microsoft.EntityFrameworkCore;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Benchmarks;

/// <summary>
/// Students and companies spread over a box the size of the Netherlands, three crebos, max travel 9–13 km: with 3,000
/// companies that gives about 50 candidate companies per student. Places 2–5 per company (about 10,500 in all).
/// </summary>
internal static class SyntheticData
{
    private static readonly string[] Crebos = ["25662", "25645", "25682"];

    public static async Task SeedAsync(InternshipsDbContext db, Guid periodId, int students, int companies)
    {
        var random = new Random(42);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var c = 0; c < companies; c++)
        {
            var id = Guid.NewGuid();
            var crebo = Crebos[c % Crebos.Length];
            db.Companies.Add(new CompanyCopy
            {
                Id = id, Name = $"Bench company {c}", Sector = c % 2 == 0 ? "Retail" : "Construction", Active = true,
                Offers = c % 3 == 0 ? [CompanyCopy.CloseSupervision] : [],
                Locations = [new LocationCopy(Guid.NewGuid(), "1234 AB", "Plaats", Latitude(random), Longitude(random))], Version = 1,
            });
            db.Accreditations.Add(new AccreditationCopy { CompanyId = id, Crebo = crebo, AllowsBol = true, AllowsBbl = true, ValidFrom = new DateOnly(2024, 1, 1), Version = 1 });
            db.Capacity.Add(new CapacityCopy
            {
                CompanyId = id, PeriodId = periodId, Crebo = crebo, PeriodName = "Bench period", PeriodStart = new DateOnly(2026, 9, 1), PeriodEnd = new DateOnly(2027, 1, 31),
                Places = random.Next(2, 6), Version = 1,
            });
        }

        for (var s = 0; s < students; s++)
        {
            db.Students.Add(new StudentCopy
            {
                Id = Guid.NewGuid(), FirstName = "Bench", LastName = $"Student {s}", DateOfBirth = new DateOnly(2008, 1, 1), Cohort = s < 200 ? "2025-WARM" : "2025-BENCH",
                Latitude = Latitude(random), Longitude = Longitude(random), Status = StudentStatus.Active, Crebo = Crebos[s % Crebos.Length], Level = 2,
                Route = s % 5 == 0 ? LearningRoute.Bbl : LearningRoute.Bol, MaxTravelKm = random.Next(9, 14),
                StructureNeed = (NeedLevel)random.Next(3), Sectors = s % 2 == 0 ? ["retail"] : [], BasicVersion = 1, EnrolmentVersion = 1,
            });
        }

        await db.SaveChangesAsync();
    }

    private static double Latitude(Random random) => 51.5 + (random.NextDouble() * 1.5);

    private static double Longitude(Random random) => 4.0 + (random.NextDouble() * 2.8);
}
