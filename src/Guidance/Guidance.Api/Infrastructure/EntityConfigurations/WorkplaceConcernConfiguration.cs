using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Infrastructure.EntityConfigurations;

internal sealed class WorkplaceConcernConfiguration : IEntityTypeConfiguration<WorkplaceConcern>
{
    public void Configure(EntityTypeBuilder<WorkplaceConcern> concern)
    {
        concern.ToTable("workplace_concerns");
        concern.HasKey(c => c.Id);
        concern.Property(c => c.Id).ValueGeneratedNever();
        concern.Property(c => c.CompanyName).HasMaxLength(200);
        concern.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        concern.Property(c => c.Urgency).HasConversion<string>().HasMaxLength(20);
        concern.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        concern.Property(c => c.Text).HasMaxLength(WorkplaceConcern.MaxText);
        concern.Property(c => c.RaisedBy).HasMaxLength(100);
        concern.Property(c => c.RaisedByName).HasMaxLength(200);
        concern.Property(c => c.Answer).HasMaxLength(WorkplaceConcern.MaxText);
        concern.Property(c => c.AnsweredBy).HasMaxLength(100);
        concern.Property(c => c.CloseNote).HasMaxLength(WorkplaceConcern.MaxText);
        concern.Property(c => c.ClosedBy).HasMaxLength(100);
        concern.Property(c => c.Version).IsConcurrencyToken();
        concern.HasIndex(c => new { c.StudentId, c.RaisedAt });
        concern.HasIndex(c => new { c.PlacementId, c.RaisedAt });
        // The caseload counts and the unanswered sweep read only open concerns.
        concern.HasIndex(c => c.RaisedAt).HasFilter("status = 'Open'").HasDatabaseName("ix_workplace_concerns_open");
        // The caseload counts each mentee's open concerns on every visit.
        concern.HasIndex(c => c.StudentId).HasFilter("status = 'Open'").HasDatabaseName("ix_workplace_concerns_open_by_student");
    }
}
