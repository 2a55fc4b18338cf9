using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PartnershipHub.Students.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the host; no database is contacted.</summary>
internal sealed class StudentsDbContextFactory : IDesignTimeDbContextFactory<StudentsDbContext>
{
    public StudentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StudentsDbContext>()
            .UseNpgsql("Host=localhost;Database=studentsdb_design")
            .Options);
}
