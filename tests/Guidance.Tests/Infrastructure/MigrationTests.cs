using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Tests.Support;
using Xunit;

namespace PartnershipHub.Guidance.Tests.Infrastructure;

public sealed class MigrationTests(GuidanceApiFixture fixture) : IClassFixture<GuidanceApiFixture>
{
    [Fact]
    public async Task The_model_has_no_changes_the_migrations_lack()
    {
        // A change to an entity or a naming convention without its migration would fail here, not at deployment.
        Assert.False(await fixture.InDatabaseAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())));
    }

    [Fact]
    public async Task Keys_and_indexes_have_snake_case_names_in_the_database()
    {
        var names = await fixture.InDatabaseAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'")
            .ToListAsync());

        Assert.Contains("pk_assessments", names);
        Assert.Contains("ix_assessments_supersedes_id", names);
        Assert.Contains("ux_signals_open", names);
        Assert.All(names, name => Assert.Equal(name.ToLowerInvariant(), name));
    }
}
