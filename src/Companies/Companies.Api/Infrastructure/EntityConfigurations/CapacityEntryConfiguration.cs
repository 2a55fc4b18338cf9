using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Companies.Domain;

namespace PartnershipHub.Companies.Infrastructure.EntityConfigurations;

internal sealed class CapacityEntryConfiguration : IEntityTypeConfiguration<CapacityEntry>
{
    public void Configure(EntityTypeBuilder<CapacityEntry> capacity)
    {
        capacity.ToTable("capacity");
        capacity.HasKey(c => new { c.CompanyId, c.PeriodId, c.Crebo });
        capacity.Property(c => c.Crebo).HasMaxLength(5).IsFixedLength();
        capacity.HasOne<Period>().WithMany().HasForeignKey(c => c.PeriodId).OnDelete(DeleteBehavior.Restrict);
    }
}
