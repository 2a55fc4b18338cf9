using PartnershipHub.Companies.Infrastructure;
using PartnershipHub.ServiceDefaults;
using PartnershipHub.Testing;

namespace PartnershipHub.Companies.Tests;

/// <summary>The Companies service on its own database and virtual host, for one test class.</summary>
public sealed class CompaniesApiFixture() : ServiceFixture<Program, CompaniesDbContext>(ResourceNames.CompaniesDb, ApiAudiences.Companies)
{
    protected override void Configure(Dictionary<string, string?> settings) =>
        settings["Messaging:PollInterval"] = "00:00:00.200";
}
