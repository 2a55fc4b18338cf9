using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartnershipHub.Persistence;

namespace PartnershipHub.Companies.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the host; no database is contacted.</summary>
internal sealed class CompaniesDbContextFactory : IDesignTimeDbContextFactory<CompaniesDbContext>
{
    public CompaniesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CompaniesDbContext>().UseServiceDatabase("Host=localhost;Database=companiesdb").Options);
}
