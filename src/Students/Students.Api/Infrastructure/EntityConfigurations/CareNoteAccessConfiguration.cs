using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Infrastructure.EntityConfigurations;

internal sealed class CareNoteAccessConfiguration : IEntityTypeConfiguration<CareNoteAccess>
{
    public void Configure(EntityTypeBuilder<CareNoteAccess> access)
    {
        // No foreign key to students on purpose: the log outlives the student's erasure.
        access.ToTable("care_note_access_log");
        access.HasKey(a => a.Id);
        access.Property(a => a.Id).UseIdentityAlwaysColumn();
        access.Property(a => a.Role).HasMaxLength(20);
        access.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        access.HasIndex(a => new { a.StudentId, a.At });
    }
}
