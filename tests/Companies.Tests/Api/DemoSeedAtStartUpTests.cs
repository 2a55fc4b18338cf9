using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests.Api;

public sealed class DemoSeedAtStartUpTests(DemoSeedFixture fixture) : IClassFixture<DemoSeedFixture>
{
    [Fact]
    public async Task In_Development_the_demo_companies_are_there_before_the_service_answers()
    {
        // No waiting: RunStartupSeedsAsync asks the seed before the host serves its first request.
        Assert.Equal(DemoIds.CompanyCount, await fixture.InDatabaseAsync(db => db.Companies.CountAsync()));
        var trainer = await fixture.InDatabaseAsync(db => db.Trainers.SingleAsync(t => t.Email == CompaniesSeed.DemoTrainerEmail));
        Assert.Equal((DemoIds.Trainer, DemoIds.Company), (trainer.Id, trainer.CompanyId));

        var response = await fixture.CreateClient(TestTokens.Trainer(fixture.Audience, DemoIds.Company)).GetAsync($"/api/companies/{DemoIds.Company}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
