using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Infrastructure.EntityConfigurations;

internal sealed class TrainerLinkConfiguration : IEntityTypeConfiguration<TrainerLink>
{
    public void Configure(EntityTypeBuilder<TrainerLink> link)
    {
        link.ToTable("trainer_links");
        link.HasKey(l => l.Id);
        link.HasIndex(l => l.TrainerId).IsUnique();
        link.HasIndex(l => l.CompanyId);
    }
}
