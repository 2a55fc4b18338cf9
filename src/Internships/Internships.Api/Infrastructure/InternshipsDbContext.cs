using Microsoft.EntityFrameworkCore;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Revocation;

namespace PartnershipHub.Internships.Infrastructure;

public sealed class InternshipsDbContext(DbContextOptions<InternshipsDbContext> options) : DbContext(options)
{
    public DbSet<StudentCopy> Students => Set<StudentCopy>();

    public DbSet<CompanyCopy> Companies => Set<CompanyCopy>();

    public DbSet<AccreditationCopy> Accreditations => Set<AccreditationCopy>();

    public DbSet<CapacityCopy> Capacity => Set<CapacityCopy>();

    public DbSet<TrainerCopy> Trainers => Set<TrainerCopy>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<HoursEntry> Hours => Set<HoursEntry>();

    public DbSet<ContactMoment> Contacts => Set<ContactMoment>();

    public DbSet<MatchingRun> MatchingRuns => Set<MatchingRun>();

    public DbSet<MatchingProposal> Proposals => Set<MatchingProposal>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InternshipsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddRevokedAccountsTable();
    }
}
