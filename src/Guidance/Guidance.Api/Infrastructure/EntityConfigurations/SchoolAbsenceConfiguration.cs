using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Infrastructure.EntityConfigurations;

internal sealed class SchoolAbsenceConfiguration : IEntityTypeConfiguration<SchoolAbsence>
{
    /// <summary>The natural key the import's upsert names in its ON CONFLICT (AbsenceSql).</summary>
    public const string NaturalKey = "ux_school_absences_natural_key";

    public void Configure(EntityTypeBuilder<SchoolAbsence> absence)
    {
        absence.ToTable("school_absences");
        absence.HasKey(a => a.Id);
        absence.Property(a => a.Id).ValueGeneratedNever();
        absence.Property(a => a.Period).HasConversion<string>().HasMaxLength(10);
        absence.Property(a => a.Source).HasConversion<string>().HasMaxLength(10);
        absence.Property(a => a.Hours).HasPrecision(5, 2);
        absence.Property(a => a.ReasonCode).HasMaxLength(SchoolAbsence.MaxReasonCodeLength);
        absence.Property(a => a.RecordedBy).HasMaxLength(100);
        absence.Ignore(a => a.EndExclusive);
        // A second import of the same row finds it here; the signal rule reads a student's dates through it too.
        absence.HasIndex(a => new { a.StudentId, a.Date, a.Period, a.Source }).IsUnique().HasDatabaseName(NaturalKey);
    }
}
