using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Infrastructure.EntityConfigurations;

internal sealed class StudentTeacherConfiguration : IEntityTypeConfiguration<StudentTeacher>
{
    public void Configure(EntityTypeBuilder<StudentTeacher> link)
    {
        link.ToTable("student_teachers");
        // The access check looks a (student, teacher) pair up by this key.
        link.HasKey(l => new { l.StudentId, l.TeacherStaffId });
        link.Property(l => l.LinkedBy).HasMaxLength(100);
    }
}
