using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Infrastructure.EntityConfigurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.Property(u => u.DeactivatedAt);
        user.Property(u => u.DeactivationReason).HasMaxLength(100);
        // One account per student and per staff member: the consumers look accounts up by these.
        user.HasIndex(u => u.StudentId).IsUnique().HasFilter("student_id IS NOT NULL");
        user.HasIndex(u => u.StaffId).IsUnique().HasFilter("staff_id IS NOT NULL");
        user.Property(u => u.EmployeeNumber).HasMaxLength(50);
        user.Property(u => u.StudentNumber).HasMaxLength(50);
        user.Property(u => u.Language).HasMaxLength(2).HasDefaultValue(Languages.Dutch);
        user.HasIndex(u => u.EmployeeNumber).IsUnique().HasFilter("employee_number IS NOT NULL");
        user.HasIndex(u => u.StudentNumber).IsUnique().HasFilter("student_number IS NOT NULL");
        user.HasMany(u => u.TrainerLinks).WithOne().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
        user.Navigation(u => u.TrainerLinks).AutoInclude();
    }
}
