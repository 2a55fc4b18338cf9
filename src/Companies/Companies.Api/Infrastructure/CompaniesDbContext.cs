using Microsoft.EntityFrameworkCore;
using PartnershipHub.Companies.Domain;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Revocation;

namespace PartnershipHub.Companies.Infrastructure;

public sealed class CompaniesDbContext(DbContextOptions<CompaniesDbContext> options) : DbContext(options)
{
    public DbSet<Company> Companies => Set<Company>();

    public DbSet<CompanyLocation> Locations => Set<CompanyLocation>();

    public DbSet<Accreditation> Accreditations => Set<Accreditation>();

    public DbSet<Trainer> Trainers => Set<Trainer>();

    public DbSet<CapacityEntry> Capacity => Set<CapacityEntry>();

    public DbSet<Period> Periods => Set<Period>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CompaniesDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddRevokedAccountsTable();
    }
}
