using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Infrastructure.EntityConfigurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("audit_log");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Id).UseIdentityAlwaysColumn();
        entry.Property(e => e.Event).HasMaxLength(50);
        entry.Property(e => e.Actor).HasMaxLength(200);
        entry.Property(e => e.Detail).HasMaxLength(1000);
        entry.Property(e => e.IpAddress).HasMaxLength(64);
        // No foreign key: the log outlives an erased account.
        entry.HasIndex(e => new { e.UserId, e.At });
        entry.HasIndex(e => e.At);
    }
}
