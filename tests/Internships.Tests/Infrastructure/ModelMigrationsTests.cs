using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Infrastructure;
using PartnershipHub.Persistence;
using Xunit;

namespace PartnershipHub.Internships.Tests.Infrastructure;

public sealed class ModelMigrationsTests
{
    [Fact]
    public void The_model_has_no_changes_the_migrations_lack()
    {
        // No database is contacted: the model is compared with the last migration's snapshot.
        using var db = new InternshipsDbContext(
            new DbContextOptionsBuilder<InternshipsDbContext>().UseServiceDatabase("Host=localhost;Database=internshipsdb").Options);

        Assert.False(db.Database.HasPendingModelChanges(), "The model differs from the migrations: add a migration (docs/building-a-service.md, Data).");
    }
}
