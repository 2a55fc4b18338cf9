using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartnershipHub.Persistence;

namespace PartnershipHub.Internships.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the host; no database is contacted.</summary>
internal sealed class InternshipsDbContextFactory : IDesignTimeDbContextFactory<InternshipsDbContext>
{
    public InternshipsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<InternshipsDbContext>().UseServiceDatabase("Host=localhost;Database=internshipsdb").Options);
}
