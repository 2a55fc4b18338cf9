using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Infrastructure.EntityConfigurations;

internal sealed class PasswordResetConfiguration : IEntityTypeConfiguration<PasswordReset>
{
    public void Configure(EntityTypeBuilder<PasswordReset> reset)
    {
        reset.ToTable("password_resets");
        reset.HasKey(r => r.Id);
        reset.Property(r => r.TokenHash).HasMaxLength(64);
        reset.HasIndex(r => r.TokenHash).IsUnique();
        // The per-account mail limit counts an account's recent links.
        reset.HasIndex(r => new { r.UserId, r.CreatedAt });
        // Erasing the account takes its reset links with it.
        reset.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
