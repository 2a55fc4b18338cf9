using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Infrastructure.EntityConfigurations;

internal sealed class PasskeyCeremonyConfiguration : IEntityTypeConfiguration<PasskeyCeremony>
{
    public void Configure(EntityTypeBuilder<PasskeyCeremony> ceremony)
    {
        ceremony.ToTable("passkey_ceremonies");
        ceremony.HasKey(c => c.Id);
        ceremony.Property(c => c.Purpose).HasMaxLength(20);
        ceremony.HasIndex(c => c.ExpiresAt);
        ceremony.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
