using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Infrastructure.EntityConfigurations;

internal sealed class StaffMemberCopyConfiguration : IEntityTypeConfiguration<StaffMemberCopy>
{
    public void Configure(EntityTypeBuilder<StaffMemberCopy> staff)
    {
        staff.ToTable("staff_members");
        staff.HasKey(s => s.StaffId);
        staff.Property(s => s.StaffId).ValueGeneratedNever();
        staff.Property(s => s.DisplayName).HasMaxLength(StaffMemberCopy.MaxDisplayName);
        // text[]: "holds the mentor role" is 'mentor' = ANY(roles) in SQL.
        staff.Property(s => s.Roles).HasColumnType("text[]");
        staff.Ignore(s => s.ActsAsMentor);
    }
}
