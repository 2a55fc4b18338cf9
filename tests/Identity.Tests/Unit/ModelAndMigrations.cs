using Microsoft.EntityFrameworkCore;
using PartnershipHub.Identity.Infrastructure;
using PartnershipHub.Persistence;
using Xunit;

namespace PartnershipHub.Identity.Tests.Unit;

public sealed class ModelAndMigrations
{
    [Fact]
    public void Model_has_no_changes_the_migrations_lack()
    {
        // The service's own options (naming convention included); building the model contacts no database.
        using var db = new IdentityDbContext(new DbContextOptionsBuilder<IdentityDbContext>()
            .UseServiceDatabase("Host=localhost;Database=identity_model_check")
            .Options);

        Assert.False(db.Database.HasPendingModelChanges());
    }
}
