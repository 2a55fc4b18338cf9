using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PartnershipHub.Persistence;

namespace PartnershipHub.Students.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without the host; no database is contacted.</summary>
internal sealed class StudentsDbContextFactory : IDesignTimeDbContextFactory<StudentsDbContext>
{
    public StudentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<StudentsDbContext>()
            .UseServiceDatabase("Host=localhost;Database=studentsdb_design")
            .Options);
}
