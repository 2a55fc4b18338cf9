using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class AgreementGuardianLinkConfiguration : IEntityTypeConfiguration<AgreementGuardianLink>
{
    public void Configure(EntityTypeBuilder<AgreementGuardianLink> link)
    {
        link.ToTable("agreement_guardian_links");
        link.HasKey(l => l.PlacementId);
        link.Property(l => l.PlacementId).ValueGeneratedNever();
        link.Property(l => l.GuardianName).HasMaxLength(200);
        link.Property(l => l.GuardianEmail).HasMaxLength(254);
        link.Property(l => l.SentBy).HasMaxLength(100);
        link.Property(l => l.TokenHash).HasMaxLength(32);
        link.HasIndex(l => l.TokenHash).IsUnique();
        link.HasIndex(l => l.StudentId);
        link.HasOne<Placement>().WithOne().HasForeignKey<AgreementGuardianLink>(l => l.PlacementId).OnDelete(DeleteBehavior.Cascade);
    }
}
