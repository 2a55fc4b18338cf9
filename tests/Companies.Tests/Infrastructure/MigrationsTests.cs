using Microsoft.EntityFrameworkCore;

namespace PartnershipHub.Companies.Tests.Infrastructure;

public sealed class MigrationsTests(CompaniesApiFixture fixture) : IClassFixture<CompaniesApiFixture>
{
    /// <summary>The service's model (as the host configures it, naming conventions included) is what its migrations build.</summary>
    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        Assert.False(await fixture.InDatabaseAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())));
    }

    [Fact]
    public async Task Every_migration_is_applied_to_a_fresh_database()
    {
        Assert.Empty(await fixture.InDatabaseAsync(db => db.Database.GetPendingMigrationsAsync()));
    }
}
