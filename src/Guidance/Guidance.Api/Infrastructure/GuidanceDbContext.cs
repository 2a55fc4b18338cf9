using System.Text;
using Microsoft.EntityFrameworkCore;
using PartnershipHub.Guidance.Features.Assessments;
using PartnershipHub.Guidance.Features.Frameworks;
using PartnershipHub.Guidance.Features.Plans;
using PartnershipHub.Guidance.Features.Progress;
using PartnershipHub.Guidance.Features.Reviews;
using PartnershipHub.Guidance.Features.Signals;
using PartnershipHub.Guidance.Features.Teachers;
using PartnershipHub.Guidance.Infrastructure.EntityConfigurations;
using PartnershipHub.Guidance.LocalCopies;
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

    public DbSet<ProgressDocument> ProgressDocuments => Set<ProgressDocument>();

    public DbSet<StudentCopy> Students => Set<StudentCopy>();

    public DbSet<PlacementCopy> Placements => Set<PlacementCopy>();

    public DbSet<AssignmentCopy> Assignments => Set<AssignmentCopy>();

    public DbSet<ApprovedWeek> ApprovedWeeks => Set<ApprovedWeek>();

    public DbSet<ContactCopy> Contacts => Set<ContactCopy>();

    public DbSet<TrainerCopy> Trainers => Set<TrainerCopy>();

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
        UseSnakeCaseColumns(modelBuilder);
    }

    /// <summary>snake_case columns like the messaging tables, so hand-written SQL needs no quoting.</summary>
    private static void UseSnakeCaseColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace?.StartsWith("PartnershipHub.Guidance", StringComparison.Ordinal) == true))
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
