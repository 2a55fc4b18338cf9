using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.Geography;
using PartnershipHub.Messaging.Outbox;
using PartnershipHub.ServiceDefaults;

namespace PartnershipHub.Companies.Tests.Api;

public sealed class CompaniesSeedTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    [Fact]
    public async Task The_demo_seed_adds_120_located_accredited_companies_with_trainers_and_capacity_once()
    {
        await Seed();
        var outboxAfterFirst = await fixture.InDatabaseAsync(db => db.Set<OutboxMessage>().CountAsync());
        await Seed();

        await fixture.InDatabaseAsync(async db =>
        {
            Assert.Equal(DemoIds.CompanyCount, await db.Companies.CountAsync());
            Assert.Equal(0, await db.Locations.CountAsync(l => l.Latitude == null));
            Assert.Equal(
                [DemoQualifications.Carpentry, DemoQualifications.Retail, DemoQualifications.Hairdressing],
                await db.Accreditations.Select(a => a.Crebo).Distinct().OrderBy(c => c).ToListAsync());
            Assert.Equal(2, await db.Periods.CountAsync());
            Assert.Equal(2 * DemoIds.CompanyCount, await db.Capacity.CountAsync(c => c.Places > 0));
            var demoTrainer = await db.Trainers.SingleAsync(t => t.Email == CompaniesSeed.DemoTrainerEmail);
            Assert.Equal(Guid.Parse("5eed0000-0000-0000-0000-000000000c01"), demoTrainer.CompanyId);
            Assert.True(await db.Companies.AnyAsync(c => c.Id == Guid.Parse("5eed0000-0000-0000-0000-000000000c78")));
            Assert.True(await db.Companies.AnyAsync(c => c.Cooperation.Offers.Contains(Offers.CloseSupervision)));
            return 0;
        });
        // Per company: registered, accredited, trainer, two capacity entries. The second run published nothing.
        Assert.Equal(5 * DemoIds.CompanyCount, outboxAfterFirst);
        Assert.Equal(outboxAfterFirst, await fixture.InDatabaseAsync(db => db.Set<OutboxMessage>().CountAsync()));
    }

    private Task<int> Seed() => fixture.InDatabaseAsync(async db =>
    {
        await new CompaniesSeed(PostcodeAreas.Netherlands).SeedAsync(db);
        return 0;
    });
}
