using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Infrastructure.EntityConfigurations;

internal sealed class SignalConfiguration : IEntityTypeConfiguration<Signal>
{
    public const string OpenSignalIndex = "ux_signals_open";

    public void Configure(EntityTypeBuilder<Signal> signal)
    {
        signal.ToTable("signals");
        signal.HasKey(s => s.Id);
        signal.Property(s => s.Id).ValueGeneratedNever();
        signal.Property(s => s.Rule).HasConversion<string>().HasMaxLength(40);
        signal.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        signal.Property(s => s.Subject).HasMaxLength(200);
        signal.Property(s => s.Evidence).HasMaxLength(2000);
        signal.Property(s => s.EvidenceEnglish).HasMaxLength(2000);
        signal.Property(s => s.RaisedBy).HasMaxLength(100);
        signal.Property(s => s.Link).HasMaxLength(300);
        signal.Property(s => s.AcknowledgedBy).HasMaxLength(100);
        signal.Property(s => s.ResolvedBy).HasMaxLength(100);
        signal.Property(s => s.Note).HasMaxLength(2000);
        // A rule never raises the same open signal twice, even when two consumers evaluate it at once.
        signal.HasIndex(s => new { s.StudentId, s.Rule, s.Subject }).IsUnique().HasFilter("status <> 'Resolved'").HasDatabaseName(OpenSignalIndex);
        signal.HasIndex(s => new { s.StudentId, s.Status });
    }
}
