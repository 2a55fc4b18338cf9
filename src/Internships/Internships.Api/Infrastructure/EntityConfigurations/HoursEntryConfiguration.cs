using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class HoursEntryConfiguration : IEntityTypeConfiguration<HoursEntry>
{
    public void Configure(EntityTypeBuilder<HoursEntry> hours)
    {
        hours.ToTable("hours");
        hours.HasKey(h => h.Id);
        hours.Property(h => h.Id).ValueGeneratedNever();
        hours.Property(h => h.Hours).HasPrecision(5, 2);
        hours.HasIndex(h => new { h.PlacementId, h.Date }).IsUnique();
        hours.HasOne<Placement>().WithMany().HasForeignKey(h => h.PlacementId).OnDelete(DeleteBehavior.Restrict);
    }
}
