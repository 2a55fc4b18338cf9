using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Companies.Domain;

namespace PartnershipHub.Companies.Infrastructure.EntityConfigurations;

internal sealed class TrainerConfiguration : IEntityTypeConfiguration<Trainer>
{
    public void Configure(EntityTypeBuilder<Trainer> trainer)
    {
        trainer.ToTable("trainers");
        trainer.HasKey(t => t.Id);
        trainer.Property(t => t.Id).ValueGeneratedNever();
        trainer.Property(t => t.Name).HasMaxLength(200);
        trainer.Property(t => t.Email).HasMaxLength(254);
        trainer.Property(t => t.Phone).HasMaxLength(30);
        trainer.PrimitiveCollection(t => t.Crebos);
        trainer.Ignore(t => t.Details);
        trainer.HasIndex(t => new { t.CompanyId, t.Email }).IsUnique();
    }
}
