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
        // One first entry per day, and at most one correction of any entry: a day's entries form a single chain.
        hours.HasIndex(h => new { h.PlacementId, h.Date }).IsUnique().HasFilter("corrects_id IS NULL");
        hours.HasIndex(h => h.CorrectsId).IsUnique();
        hours.HasOne<HoursEntry>().WithMany().HasForeignKey(h => h.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        hours.HasOne<Placement>().WithMany().HasForeignKey(h => h.PlacementId).OnDelete(DeleteBehavior.Restrict);
    }
}
