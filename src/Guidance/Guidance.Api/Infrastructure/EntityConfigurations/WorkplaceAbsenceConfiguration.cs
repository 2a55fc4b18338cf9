using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Infrastructure.EntityConfigurations;

internal sealed class WorkplaceAbsenceConfiguration : IEntityTypeConfiguration<WorkplaceAbsence>
{
    public void Configure(EntityTypeBuilder<WorkplaceAbsence> absence)
    {
        absence.ToTable("workplace_absences");
        absence.HasKey(a => a.Id);
        absence.Property(a => a.Id).ValueGeneratedNever();
        absence.Property(a => a.Hours).HasPrecision(5, 2);
        absence.Property(a => a.ReportedBy).HasMaxLength(100);
        // One report per placement and day: a second one corrects the first.
        absence.HasIndex(a => new { a.PlacementId, a.Date }).IsUnique();
        absence.HasIndex(a => new { a.StudentId, a.Date });
    }
}
