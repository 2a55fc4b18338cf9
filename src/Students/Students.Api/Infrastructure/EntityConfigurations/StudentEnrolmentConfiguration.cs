using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Infrastructure.EntityConfigurations;

internal sealed class StudentEnrolmentConfiguration : IEntityTypeConfiguration<StudentEnrolment>
{
    public void Configure(EntityTypeBuilder<StudentEnrolment> enrolment)
    {
        enrolment.ToTable("enrolments");
        enrolment.HasKey(e => e.Id);
        enrolment.Property(e => e.Id).ValueGeneratedNever();
        enrolment.Property(e => e.Crebo).HasMaxLength(5).IsFixedLength();
        enrolment.Property(e => e.QualificationName).HasMaxLength(200);
        enrolment.Property(e => e.Route).HasConversion<string>().HasMaxLength(3);
        enrolment.Property(e => e.Team).HasMaxLength(100);
        enrolment.Ignore(e => e.IsCurrent);
        enrolment.Ignore(e => e.Details);
        // Lists filter on the current programme's crebo.
        enrolment.HasIndex(e => new { e.Crebo, e.StudentId }).HasFilter("ended_on IS NULL");
    }
}
