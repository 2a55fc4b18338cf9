using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Infrastructure.EntityConfigurations;

internal sealed class MentorAssignmentConfiguration : IEntityTypeConfiguration<MentorAssignment>
{
    public void Configure(EntityTypeBuilder<MentorAssignment> assignment)
    {
        assignment.ToTable("mentor_assignments");
        assignment.HasKey(m => m.Id);
        assignment.Property(m => m.Id).ValueGeneratedNever();
        assignment.HasIndex(m => m.StudentId);
    }
}
