using Microsoft.EntityFrameworkCore;

namespace PartnershipHub.Identity.Tests.Infrastructure.Federation;

/// <summary>The test provider's own OpenIddict tables (its client, its codes), in a database of its own.</summary>
public sealed class ProviderDbContext(DbContextOptions<ProviderDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
    }
}
