using Microsoft.EntityFrameworkCore;
using PartnershipHub.Insights.Domain;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Revocation;

namespace PartnershipHub.Insights.Infrastructure;

/// <summary>
/// The read model the dashboard queries (facts from every service's events, no names) and the end-of-placement surveys,
/// which this service owns.
/// </summary>
public sealed class InsightsDbContext(DbContextOptions<InsightsDbContext> options) : DbContext(options)
{
    public DbSet<StudentFact> Students => Set<StudentFact>();

    public DbSet<ErasedStudent> ErasedStudents => Set<ErasedStudent>();

    public DbSet<CompanyFact> Companies => Set<CompanyFact>();

    public DbSet<TrainerFact> Trainers => Set<TrainerFact>();

    public DbSet<PeriodFact> Periods => Set<PeriodFact>();

    public DbSet<PlacementFact> Placements => Set<PlacementFact>();

    public DbSet<SignalFact> Signals => Set<SignalFact>();

    public DbSet<AssessmentFact> Assessments => Set<AssessmentFact>();

    public DbSet<AssessmentLevelFact> AssessmentLevels => Set<AssessmentLevelFact>();

    public DbSet<AssessmentQuarter> AssessmentQuarters => Set<AssessmentQuarter>();

    public DbSet<AssessmentSummary> AssessmentSummaries => Set<AssessmentSummary>();

    public DbSet<ProgressionFollowUp> ProgressionFollowUps => Set<ProgressionFollowUp>();

    public DbSet<Survey> Surveys => Set<Survey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InsightsDbContext).Assembly);
        modelBuilder.AddMessagingTables();
        modelBuilder.AddRevokedAccountsTable();
    }
}
