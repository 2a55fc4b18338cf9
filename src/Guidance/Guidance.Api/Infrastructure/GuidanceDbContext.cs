using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Guidance.Infrastructure.EntityConfigurations;
using PartnershipHub.Messaging;
using PartnershipHub.Messaging.Revocation;

namespace PartnershipHub.Guidance.Infrastructure;

public sealed class GuidanceDbContext(DbContextOptions<GuidanceDbContext> options) : DbContext(options)
{
    public DbSet<AttitudeFramework> Frameworks => Set<AttitudeFramework>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<IndividualPlan> Plans => Set<IndividualPlan>();

    public DbSet<PlanRevision> PlanRevisions => Set<PlanRevision>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<Signal> Signals => Set<Signal>();

    public DbSet<StudentTeacher> StudentTeachers => Set<StudentTeacher>();

    public DbSet<HelpRequest> HelpRequests => Set<HelpRequest>();

    public DbSet<HelpRequestAccess> HelpRequestAccessLog => Set<HelpRequestAccess>();

    public DbSet<ProgressDocument> ProgressDocuments => Set<ProgressDocument>();

    public DbSet<StudentCopy> Students => Set<StudentCopy>();

    public DbSet<PlacementCopy> Placements => Set<PlacementCopy>();

    public DbSet<AssignmentCopy> Assignments => Set<AssignmentCopy>();

    public DbSet<ApprovedWeek> ApprovedWeeks => Set<ApprovedWeek>();

    public DbSet<ContactCopy> Contacts => Set<ContactCopy>();

    public DbSet<TrainerCopy> Trainers => Set<TrainerCopy>();

    public DbSet<WorkplaceConcern> WorkplaceConcerns => Set<WorkplaceConcern>();

    public DbSet<SchoolAbsence> SchoolAbsences => Set<SchoolAbsence>();

    public DbSet<WorkplaceAbsence> WorkplaceAbsences => Set<WorkplaceAbsence>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.AddRevokedAccountsTable();
        modelBuilder.ApplyConfiguration(new AttitudeFrameworkConfiguration());
        modelBuilder.ApplyConfiguration(new AssessmentConfiguration());
        modelBuilder.ApplyConfiguration(new IndividualPlanConfiguration());
        modelBuilder.ApplyConfiguration(new PlanRevisionConfiguration());
        modelBuilder.ApplyConfiguration(new ReviewConfiguration());
        modelBuilder.ApplyConfiguration(new SignalConfiguration());
        modelBuilder.ApplyConfiguration(new StudentTeacherConfiguration());
        modelBuilder.ApplyConfiguration(new HelpRequestConfiguration());
        modelBuilder.ApplyConfiguration(new HelpRequestAccessConfiguration());
        modelBuilder.ApplyConfiguration(new WorkplaceConcernConfiguration());
        modelBuilder.ApplyConfiguration(new SchoolAbsenceConfiguration());
        modelBuilder.ApplyConfiguration(new WorkplaceAbsenceConfiguration());
        modelBuilder.Entity<ProgressDocument>(document =>
        {
            document.ToTable("progress_documents");
            document.HasKey(d => d.StudentId);
            document.Property(d => d.StudentId).ValueGeneratedNever();
            // json, not jsonb: the text is kept as written, so the read sends it out without re-serialising.
            document.Property(d => d.Document).HasColumnType("json");
        });
        var copies = new LocalCopiesConfiguration();
        modelBuilder.ApplyConfiguration<StudentCopy>(copies);
        modelBuilder.ApplyConfiguration<PlacementCopy>(copies);
        modelBuilder.ApplyConfiguration<AssignmentCopy>(copies);
        modelBuilder.ApplyConfiguration<ApprovedWeek>(copies);
        modelBuilder.ApplyConfiguration<ContactCopy>(copies);
        modelBuilder.ApplyConfiguration<TrainerCopy>(copies);
    }
}
