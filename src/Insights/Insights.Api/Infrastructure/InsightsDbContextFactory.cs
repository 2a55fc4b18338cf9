using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartnershipHub.Persistence;

namespace PartnershipHub.Insights.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the host; no database is contacted.</summary>
internal sealed class InsightsDbContextFactory : IDesignTimeDbContextFactory<InsightsDbContext>
{
    public InsightsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<InsightsDbContext>().UseServiceDatabase("Host=localhost;Database=insightsdb").Options);
}
