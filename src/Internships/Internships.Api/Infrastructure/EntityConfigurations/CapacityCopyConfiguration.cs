using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class CapacityCopyConfiguration : IEntityTypeConfiguration<CapacityCopy>
{
    public void Configure(EntityTypeBuilder<CapacityCopy> capacity)
    {
        capacity.ToTable("capacity");
        capacity.HasKey(c => new { c.CompanyId, c.PeriodId, c.Crebo });
        capacity.Property(c => c.Crebo).HasMaxLength(5);
        capacity.Property(c => c.PeriodName).HasMaxLength(100);
        capacity.HasIndex(c => c.PeriodId);
        capacity.Property(c => c.Version).IsConcurrencyToken();
    }
}
