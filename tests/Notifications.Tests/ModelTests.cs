using Microsoft.EntityFrameworkCore;

namespace PartnershipHub.Notifications.Tests;

public sealed class ModelTests(NotificationsApiFixture fixture) : IClassFixture<NotificationsApiFixture>
{
    [Fact]
    public async Task The_migrations_cover_the_model()
    {
        var pending = await fixture.InDatabaseAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));
        Assert.False(pending, "The model has changes no migration holds: add one (docs/building-a-service.md).");
    }
}
