using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class StudentCopyConfiguration : IEntityTypeConfiguration<StudentCopy>
{
    public void Configure(EntityTypeBuilder<StudentCopy> student)
    {
        student.ToTable("students");
        student.HasKey(s => s.Id);
        student.Property(s => s.Id).ValueGeneratedNever();
        student.Property(s => s.Crebo).HasMaxLength(5);
        student.Property(s => s.FirstName).HasMaxLength(100);
        student.Property(s => s.LastName).HasMaxLength(100);
        student.Property(s => s.StudentNumber).HasMaxLength(50);
        student.Property(s => s.Cohort).HasMaxLength(50);
        student.Property(s => s.HomePostcode).HasMaxLength(10);
        student.HasIndex(s => s.MentorStaffId);
        student.HasIndex(s => s.Crebo);
        student.Ignore(s => s.DisplayName);
        student.Ignore(s => s.EffectiveMaxTravelKm);

        // The inbox runs one student's deliveries one after the other (docs/decisions/0016). Should two writers still
        // update one student at once, the later write fails and is retried: a version check made on stale data can
        // never let an older event win.
        student.Property(s => s.BasicVersion).IsConcurrencyToken();
        student.Property(s => s.EnrolmentVersion).IsConcurrencyToken();
        student.Property(s => s.MentorVersion).IsConcurrencyToken();
        student.Property(s => s.IntakeVersion).IsConcurrencyToken();
        student.Property(s => s.StatusVersion).IsConcurrencyToken();
    }
}
