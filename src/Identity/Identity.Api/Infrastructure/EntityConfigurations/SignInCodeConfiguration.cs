using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Infrastructure.EntityConfigurations;

internal sealed class SignInCodeConfiguration : IEntityTypeConfiguration<SignInCode>
{
    public void Configure(EntityTypeBuilder<SignInCode> code)
    {
        code.ToTable("sign_in_codes");
        code.HasKey(c => c.Id);
        code.Property(c => c.CodeHash).HasMaxLength(64);
        code.Property(c => c.LinkTokenHash).HasMaxLength(64);
        code.HasIndex(c => c.LinkTokenHash).IsUnique();
        // The per-account limit counts a user's codes of the last hour.
        code.HasIndex(c => new { c.UserId, c.CreatedAt });
        code.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
