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
        // The id is set in code, so a link added to a tracked user is an insert, not an update of a row that does not exist.
        link.Property(l => l.Id).ValueGeneratedNever();
        link.HasIndex(l => l.TrainerId).IsUnique();
        link.HasIndex(l => l.CompanyId);
    }
}
