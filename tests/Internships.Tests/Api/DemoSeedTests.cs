using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Internships.Tests.Support;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;
using Xunit;

namespace PartnershipHub.Internships.Tests.Api;

/// <summary>The demo seed on copies shaped like Students' and Companies' demo data (c01 in Amsterdam, the students around Utrecht).</summary>
public sealed class DemoSeedTests(InternshipsFixture fixture) : IClassFixture<InternshipsFixture>
{
    private static readonly string[] Crebos = ["25662", "25645", "25682"];

    [Fact]
    public async Task Seed_places_b001_active_at_c01_covers_every_status_and_runs_once()
    {
        var period = Guid.NewGuid();
        await fixture.InDatabaseAsync(async db =>
        {
            for (var n = 1; n <= DemoIds.StudentCount; n++)
            {
                db.Students.Add(new StudentCopy
                {
                    Id = DemoIds.StudentId(n), FirstName = "Demo", LastName = $"{n}", DateOfBirth = new DateOnly(2008, 2, 2), Cohort = "2025-VK2",
                    Latitude = 52.09 + ((n % 7) * 0.01), Longitude = 5.12 + ((n % 5) * 0.01), Crebo = Crebos[(n - 1) / 100], Route = n % 5 == 0 ? LearningRoute.Bbl : LearningRoute.Bol,
                    MaxTravelKm = 10 + (5 * (n % 5)), Status = StudentStatus.Active, BasicVersion = 1, EnrolmentVersion = 1,
                });
            }

            for (var n = 1; n <= DemoIds.CompanyCount; n++)
            {
                var id = DemoIds.CompanyId(n);
                var crebo = Crebos[(n - 1) % 3];
                var (lat, lon) = n == 1 ? (52.37, 4.89) : (52.0 + ((n % 10) * 0.02), 5.0 + ((n % 12) * 0.02));
                db.Companies.Add(new CompanyCopy { Id = id, Name = $"Demo company {n}", Sector = "Retail", Active = true, Locations = [new LocationCopy(Guid.NewGuid(), "1012 AB", "X", lat, lon)], Version = 1 });
                db.Accreditations.Add(new AccreditationCopy { CompanyId = id, Crebo = crebo, AllowsBol = true, AllowsBbl = true, ValidFrom = new DateOnly(2024, 1, 1), Version = 1 });
                db.Capacity.Add(new CapacityCopy { CompanyId = id, PeriodId = period, Crebo = crebo, PeriodName = DemoIds.FirstPeriodName, PeriodStart = new DateOnly(2026, 9, 1), PeriodEnd = new DateOnly(2027, 1, 31), Places = 1 + (n % 3), Version = 1 });
                db.Trainers.Add(new TrainerCopy { Id = new Guid($"5eed0000-0000-0000-0000-{0x1000 + n:x12}"), CompanyId = id, Name = "T", Crebos = [crebo], MaxStudents = 4, Active = true, Version = 1 });
            }

            return await db.SaveChangesAsync();
        });
        var seed = new InternshipsSeed(fixture.Factory.Services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System, NullLogger<InternshipsSeed>.Instance);

        Assert.Equal(period, await seed.ReadyPeriodAsync(CancellationToken.None));
        Assert.False(await seed.AlreadySeededAsync(CancellationToken.None));
        await using var events = await fixture.CollectEventsAsync(c => c.Collect<PlacementTeacherAssigned>());
        await seed.SeedAsync(period, CancellationToken.None);

        var placements = await fixture.InDatabaseAsync(db => db.Placements.AsNoTracking().ToListAsync());
        var b001 = placements.Single(p => p.StudentId == DemoIds.Student);
        Assert.Equal(PlacementStatus.Active, b001.Status);
        Assert.Equal(DemoIds.Company, b001.CompanyId);
        Assert.Equal(DemoIds.Trainer, b001.TrainerId);
        Assert.Equal(DemoIds.Teacher, b001.TeacherStaffId);
        Assert.Contains(placements, p => p.Status == PlacementStatus.Active && p.CompanyId != DemoIds.Company);
        foreach (var status in Enum.GetValues<PlacementStatus>())
        {
            Assert.Contains(placements, p => p.Status == status);
        }

        Assert.Contains(placements, p => p.Status == PlacementStatus.Proposed && p.Signatures.Count > 0);
        Assert.Single(placements, p => p.Risks.Contains(PlacementRisk.NoRecentContact));
        var assignmentStates = await fixture.InDatabaseAsync(db => db.Assignments.Select(a => a.Status).Distinct().ToListAsync());
        Assert.True(assignmentStates.Count >= 5, string.Join(", ", assignmentStates));
        Assert.True(await fixture.InDatabaseAsync(db => db.Hours.AnyAsync(h => h.Status == HoursStatus.Approved)));
        Assert.True(await fixture.InDatabaseAsync(db => db.Hours.AnyAsync(h => h.Status == HoursStatus.Open)));
        Assert.True(await seed.AlreadySeededAsync(CancellationToken.None));

        // Guidance learns the demo teacher of every demo placement from the events, as it would a coordinator's choice.
        Assert.All(placements, p => Assert.Equal(DemoIds.Teacher, p.TeacherStaffId));
        await Eventually.WaitUntilAsync(
            () => events.All<PlacementTeacherAssigned>().Select(e => e.Placement.PlacementId).Distinct().Count() == placements.Count,
            "a PlacementTeacherAssigned for every demo placement");
        Assert.All(events.All<PlacementTeacherAssigned>(), e => Assert.Equal(DemoIds.Teacher, e.Placement.TeacherStaffId));
    }
}
