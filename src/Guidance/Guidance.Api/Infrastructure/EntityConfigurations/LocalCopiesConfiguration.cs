using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Persistence;

namespace PartnershipHub.Guidance.Infrastructure.EntityConfigurations;

/// <summary>The copies of other services' facts; written only by consumers.</summary>
internal sealed class LocalCopiesConfiguration :
    IEntityTypeConfiguration<StudentCopy>,
    IEntityTypeConfiguration<PlacementCopy>,
    IEntityTypeConfiguration<AssignmentCopy>,
    IEntityTypeConfiguration<ApprovedWeek>,
    IEntityTypeConfiguration<ContactCopy>,
    IEntityTypeConfiguration<TrainerCopy>
{
    public void Configure(EntityTypeBuilder<StudentCopy> student)
    {
        student.ToTable("student_copies");
        student.HasKey(s => s.Id);
        student.Property(s => s.Id).ValueGeneratedNever();
        student.Property(s => s.StudentNumber).HasMaxLength(20);
        student.Property(s => s.FirstName).HasMaxLength(100);
        student.Property(s => s.LastName).HasMaxLength(100);
        student.Property(s => s.Cohort).HasMaxLength(30);
        student.Property(s => s.Crebo).HasMaxLength(5);
        student.Property(s => s.QualificationName).HasMaxLength(200);
        student.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        student.Property(s => s.Route).HasConversion<string>().HasMaxLength(5);
        student.Property(s => s.ProgressionWish).HasConversion<string>().HasMaxLength(20);
        student.Property(s => s.Needs).HasJsonColumn();
        student.Ignore(s => s.DisplayName);
        // The inbox runs one student's deliveries one after the other (docs/decisions/0016). Should two writers still
        // read the same row, the part versions are concurrency tokens: the later writer fails and is retried instead of
        // overwriting a newer part.
        student.Property(s => s.RecordVersion).IsConcurrencyToken();
        student.Property(s => s.EnrolmentVersion).IsConcurrencyToken();
        student.Property(s => s.MentorVersion).IsConcurrencyToken();
        student.Property(s => s.IntakeVersion).IsConcurrencyToken();
        student.Property(s => s.StatusVersion).IsConcurrencyToken();
        student.HasIndex(s => s.MentorStaffId);
        student.HasIndex(s => s.Cohort);
    }

    public void Configure(EntityTypeBuilder<PlacementCopy> placement)
    {
        placement.ToTable("placement_copies");
        placement.HasKey(p => p.Id);
        placement.Property(p => p.Id).ValueGeneratedNever();
        placement.Property(p => p.CompanyName).HasMaxLength(200);
        placement.Property(p => p.Crebo).HasMaxLength(5);
        placement.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        placement.Property(p => p.EndReason).HasConversion<string>().HasMaxLength(30);
        placement.Property(p => p.Risks).HasJsonColumn();
        placement.Property(p => p.Version).IsConcurrencyToken();
        placement.HasIndex(p => p.StudentId);
        placement.HasIndex(p => p.Status);
    }

    public void Configure(EntityTypeBuilder<AssignmentCopy> assignment)
    {
        assignment.ToTable("assignment_copies");
        assignment.HasKey(a => a.Id);
        assignment.Property(a => a.Id).ValueGeneratedNever();
        assignment.Property(a => a.Title).HasMaxLength(300);
        assignment.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        assignment.Property(a => a.CriterionKeys).HasJsonColumn();
        assignment.Property(a => a.Version).IsConcurrencyToken();
        assignment.HasIndex(a => a.StudentId);
    }

    public void Configure(EntityTypeBuilder<ApprovedWeek> week)
    {
        week.ToTable("approved_weeks");
        week.HasKey(w => new { w.PlacementId, w.WeekStart });
        week.Property(w => w.Hours).HasPrecision(6, 2);
        week.HasIndex(w => w.StudentId);
    }

    public void Configure(EntityTypeBuilder<ContactCopy> contact)
    {
        contact.ToTable("contact_copies");
        contact.HasKey(c => c.Id);
        contact.Property(c => c.Id).ValueGeneratedNever();
        contact.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        contact.HasIndex(c => new { c.PlacementId, c.ContactedAt });
    }

    public void Configure(EntityTypeBuilder<TrainerCopy> trainer)
    {
        trainer.ToTable("trainer_copies");
        trainer.HasKey(t => t.Id);
        trainer.Property(t => t.Id).ValueGeneratedNever();
        trainer.Property(t => t.Name).HasMaxLength(200);
    }
}
