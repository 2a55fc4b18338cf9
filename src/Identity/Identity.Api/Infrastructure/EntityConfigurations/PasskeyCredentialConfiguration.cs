using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Infrastructure.EntityConfigurations;

internal sealed class PasskeyCredentialConfiguration : IEntityTypeConfiguration<PasskeyCredential>
{
    public void Configure(EntityTypeBuilder<PasskeyCredential> passkey)
    {
        passkey.ToTable("passkey_credentials");
        passkey.HasKey(p => p.Id);
        // WebAuthn allows credential ids up to 1023 bytes.
        passkey.Property(p => p.CredentialId).HasMaxLength(1023);
        passkey.HasIndex(p => p.CredentialId).IsUnique();
        passkey.Property(p => p.Name).HasMaxLength(PasskeyCredential.MaxNameLength);
        passkey.HasIndex(p => p.UserId);
        passkey.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
