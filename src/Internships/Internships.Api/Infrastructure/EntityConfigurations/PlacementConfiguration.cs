using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Persistence;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> placement)
    {
        placement.ToTable("placements");
        placement.HasKey(p => p.Id);
        placement.Property(p => p.Id).ValueGeneratedNever();
        placement.Property(p => p.Crebo).HasMaxLength(5);
        placement.Property(p => p.CompanyName).HasMaxLength(200);
        placement.Property(p => p.EndedByRole).HasMaxLength(20);
        placement.Property(p => p.Risks).HasJsonColumn(StoredJson.Options);
        placement.Property(p => p.Signatures).HasJsonColumn(StoredJson.Options);
        // Two requests changing one placement at once: the second gets a concurrency conflict (409), not a lost update.
        placement.Property(p => p.Version).IsConcurrencyToken();
        placement.HasIndex(p => p.StudentId);
        placement.HasIndex(p => new { p.CompanyId, p.PeriodId, p.Crebo });
        placement.HasIndex(p => p.TeacherStaffId);
        placement.Ignore(p => p.IsOpen);
    }
}
