using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Infrastructure.EntityConfigurations;

internal sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> student)
    {
        student.ToTable("students");
        student.HasKey(s => s.Id);
        student.Property(s => s.Id).ValueGeneratedNever();
        student.Property(s => s.StudentNumber).HasMaxLength(20);
        student.Property(s => s.FirstName).HasMaxLength(100);
        student.Property(s => s.LastName).HasMaxLength(100);
        student.Property(s => s.Email).HasMaxLength(254);
        student.Property(s => s.Phone).HasMaxLength(30);
        student.Property(s => s.HomePostcode).HasMaxLength(7);
        student.Property(s => s.Cohort).HasMaxLength(30);
        student.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        student.Property(s => s.LeavingReason).HasConversion<string>().HasMaxLength(30);
        // Concurrent edits of one student: the second save fails instead of silently overwriting, and answers 409.
        student.Property(s => s.Version).IsConcurrencyToken();
        // Two saves of the same revision at once: the second finds the row changed and gets a 409.
        student.Property(s => s.IntakeRevision).IsConcurrencyToken();
        // The intake is one document, read and written whole; jsonb keeps it queryable for reports.
        student.Property(s => s.Intake)
            .HasColumnType("jsonb")
            .HasConversion(
                intake => intake == null ? null : IntakeJson.Serialize(intake),
                json => json == null ? null : IntakeJson.Deserialize(json),
                new ValueComparer<Intake?>((a, b) => IntakeJson.Equal(a, b), intake => intake == null ? 0 : IntakeJson.Serialize(intake).GetHashCode(StringComparison.Ordinal), intake => intake));

        student.HasMany(s => s.Enrolments).WithOne().HasForeignKey(e => e.StudentId).OnDelete(DeleteBehavior.Cascade);
        student.HasMany(s => s.MentorAssignments).WithOne().HasForeignKey(m => m.StudentId).OnDelete(DeleteBehavior.Cascade);
        student.Navigation(s => s.Enrolments).UsePropertyAccessMode(PropertyAccessMode.Field);
        student.Navigation(s => s.MentorAssignments).UsePropertyAccessMode(PropertyAccessMode.Field);
        student.Ignore(s => s.CurrentEnrolment);
        student.Ignore(s => s.Details);
        student.Ignore(s => s.IntakeComplete);

        // One school per database: the student number is the school's own key and what the import matches on.
        student.HasIndex(s => s.StudentNumber).IsUnique();
        student.HasIndex(s => new { s.Cohort, s.LastName });
        student.HasIndex(s => new { s.MentorStaffId, s.LastName });
        student.HasIndex(s => s.LastName);
    }
}
