using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class ContactMomentConfiguration : IEntityTypeConfiguration<ContactMoment>
{
    public void Configure(EntityTypeBuilder<ContactMoment> contact)
    {
        contact.ToTable("contacts");
        contact.HasKey(c => c.Id);
        contact.Property(c => c.Id).ValueGeneratedNever();
        contact.Property(c => c.ByRole).HasMaxLength(20);
        contact.HasIndex(c => c.PlacementId);
        contact.HasOne<Placement>().WithMany().HasForeignKey(c => c.PlacementId).OnDelete(DeleteBehavior.Restrict);
    }
}
