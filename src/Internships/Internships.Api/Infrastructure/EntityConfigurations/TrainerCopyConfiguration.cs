using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class TrainerCopyConfiguration : IEntityTypeConfiguration<TrainerCopy>
{
    public void Configure(EntityTypeBuilder<TrainerCopy> trainer)
    {
        trainer.ToTable("trainers");
        trainer.HasKey(t => t.Id);
        trainer.Property(t => t.Id).ValueGeneratedNever();
        trainer.Property(t => t.Name).HasMaxLength(200);
        trainer.HasIndex(t => t.CompanyId);
        trainer.Property(t => t.Version).IsConcurrencyToken();
        trainer.Property(t => t.ActiveVersion).IsConcurrencyToken();
    }
}
