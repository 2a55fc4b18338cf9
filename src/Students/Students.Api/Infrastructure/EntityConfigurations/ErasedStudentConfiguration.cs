using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Infrastructure.EntityConfigurations;

internal sealed class ErasedStudentConfiguration : IEntityTypeConfiguration<ErasedStudent>
{
    public void Configure(EntityTypeBuilder<ErasedStudent> erased)
    {
        erased.ToTable("erased_students");
        erased.HasKey(e => e.Id);
        erased.Property(e => e.Id).ValueGeneratedNever();
    }
}
