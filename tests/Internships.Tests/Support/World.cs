using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;

namespace PartnershipHub.Internships.Tests.Support;

/// <summary>Arranges local copies and placements straight in the service's database, so each test states only what it needs.</summary>
public sealed class World(InternshipsFixture fixture)
{
    public const string Crebo = "25662";
    public static readonly DateOnly PeriodStart = new(2026, 9, 1);
    public static readonly DateOnly PeriodEnd = new(2027, 1, 31);

    // Utrecht centre and places around it.
    public const double UtrechtLat = 52.0907;
    public const double UtrechtLon = 5.1214;

    public Guid PeriodId { get; } = Guid.NewGuid();

    public async Task<Guid> StudentAsync(
        double lat = UtrechtLat, double lon = UtrechtLon, int maxKm = 20, Guid? mentor = null, DateOnly? birth = null,
        IEnumerable<Guid>? avoid = null, NeedLevel structure = NeedLevel.None, LearningRoute route = LearningRoute.Bol, string crebo = Crebo, string? cohort = null)
    {
        var id = Guid.NewGuid();
        await fixture.InDatabaseAsync(async db =>
        {
            db.Students.Add(new StudentCopy
            {
                Id = id,
                FirstName = "Test",
                LastName = id.ToString()[..8],
                DateOfBirth = birth ?? new DateOnly(2000, 1, 1),
                Latitude = lat,
                Longitude = lon,
                Cohort = cohort ?? "2025-VK2",
                Status = StudentStatus.Active,
                Crebo = crebo,
                Level = 2,
                Route = route,
                MentorStaffId = mentor,
                MaxTravelKm = maxKm,
                StructureNeed = structure,
                AvoidCompanyIds = [.. avoid ?? []],
                BasicVersion = 1,
                EnrolmentVersion = 1,
            });
            return await db.SaveChangesAsync();
        });
        return id;
    }

    public async Task<Guid> CompanyAsync(
        double lat = UtrechtLat, double lon = UtrechtLon, int places = 2, string crebo = Crebo, bool accredited = true,
        DateOnly? validTo = null, bool offersStructure = false, Guid? trainer = null, Guid? periodId = null)
    {
        var id = Guid.NewGuid();
        await fixture.InDatabaseAsync(async db =>
        {
            db.Companies.Add(new CompanyCopy
            {
                Id = id,
                Name = $"Company {id.ToString()[..8]}",
                Sector = "Retail",
                Active = true,
                Offers = offersStructure ? [CompanyCopy.CloseSupervision] : [],
                Locations = [new LocationCopy(Guid.NewGuid(), "3511 AB", "Utrecht", lat, lon)],
                Version = 1,
            });
            if (accredited)
            {
                db.Accreditations.Add(new AccreditationCopy
                {
                    CompanyId = id, Crebo = crebo, AllowsBol = true, AllowsBbl = true, ValidFrom = new DateOnly(2024, 1, 1), ValidTo = validTo, Version = 1,
                });
            }

            db.Capacity.Add(new CapacityCopy
            {
                CompanyId = id, PeriodId = periodId ?? PeriodId, Crebo = crebo, PeriodName = "Test period", PeriodStart = PeriodStart, PeriodEnd = PeriodEnd, Places = places, Version = 1,
            });
            db.Trainers.Add(new TrainerCopy { Id = trainer ?? Guid.NewGuid(), CompanyId = id, Name = "Trainer", Crebos = [crebo], MaxStudents = 4, Active = true, Version = 1 });
            return await db.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>A placement in status Proposed, made through the domain type (as accepting a proposal does).</summary>
    public async Task<Guid> PlacementAsync(Guid? student = null, Guid? company = null, Guid? teacher = null, DateOnly? birth = null)
    {
        var studentId = student ?? await StudentAsync(birth: birth);
        var companyId = company ?? await CompanyAsync();
        return await fixture.InDatabaseAsync(async db =>
        {
            var c = await db.Companies.FindAsync(companyId);
            var placement = Placement.Propose(
                studentId, companyId, c!.Name, c.Locations[0].LocationId, null, Crebo, LearningRoute.Bol, PeriodId, PeriodStart, PeriodEnd, 400, null, DateTimeOffset.UtcNow);
            if (teacher is { } t)
            {
                placement.AssignTeacher(t);
            }

            db.Placements.Add(placement);
            await db.SaveChangesAsync();
            return placement.Id;
        });
    }

    /// <summary>A placement with all three signatures, and when <paramref name="start"/> also started.</summary>
    public async Task<Guid> SignedPlacementAsync(Guid student, Guid company, Guid? teacher = null, bool start = false)
    {
        var id = await PlacementAsync(student, company, teacher);
        await fixture.InDatabaseAsync(async db =>
        {
            var placement = await db.Placements.FindAsync(id);
            foreach (var party in Placement.RequiredParties(studentIsMinor: false))
            {
                placement!.RecordSignature(new AgreementSignature(party, SignatureMethod.Portal, "Signer", null, null, "test", DateTimeOffset.UtcNow), studentIsMinor: false);
            }

            if (start)
            {
                placement!.Activate(PeriodStart, accreditationCurrent: true);
            }

            return await db.SaveChangesAsync();
        });
        return id;
    }

    public Task<Placement> LoadAsync(Guid placementId) =>
        fixture.InDatabaseAsync(async db => (await db.Placements.FindAsync(placementId))!);
}
