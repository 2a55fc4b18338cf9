using Microsoft.EntityFrameworkCore;

namespace PartnershipHub.Insights.Tests;

public sealed class ModelTests(InsightsApiFixture fixture) : IClassFixture<InsightsApiFixture>
{
    [Fact]
    public async Task The_migrations_cover_the_model()
    {
        var pending = await fixture.InDatabaseAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        Assert.False(pending, "The model has changes no migration holds: add one (docs/building-a-service.md).");
    }
}
