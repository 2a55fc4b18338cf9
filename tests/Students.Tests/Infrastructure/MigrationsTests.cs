using Microsoft.EntityFrameworkCore;
using PartnershipHub.Students.Tests.Support;
using Xunit;

namespace PartnershipHub.Students.Tests.Infrastructure;

public sealed class MigrationsTests(StudentsApiFixture fixture) : IClassFixture<StudentsApiFixture>
{
    [Fact]
    public async Task The_model_has_no_changes_the_migrations_lack()
    {
        // A changed entity or naming convention without its migration would fail every start-up that migrates.
        Assert.False(await fixture.InDatabaseAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())));
    }
}
