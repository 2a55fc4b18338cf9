using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartnershipHub.Persistence;

namespace PartnershipHub.Guidance.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the host; no database is contacted.</summary>
internal sealed class GuidanceDbContextFactory : IDesignTimeDbContextFactory<GuidanceDbContext>
{
    public GuidanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<GuidanceDbContext>()
            .UseServiceDatabase("Host=localhost;Database=guidancedb_design")
            .Options);
}
