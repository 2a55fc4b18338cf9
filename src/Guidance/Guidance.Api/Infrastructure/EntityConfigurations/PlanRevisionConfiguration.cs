using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Persistence;

namespace PartnershipHub.Guidance.Infrastructure.EntityConfigurations;

internal sealed class PlanRevisionConfiguration : IEntityTypeConfiguration<PlanRevision>
{
    public void Configure(EntityTypeBuilder<PlanRevision> revision)
    {
        revision.ToTable("plan_revisions");
        revision.HasKey(r => r.Id);
        revision.Property(r => r.Id).UseIdentityAlwaysColumn();
        revision.Property(r => r.Reason).HasMaxLength(40);
        revision.Property(r => r.ChangedBy).HasMaxLength(100);
        revision.Property(r => r.Goals).HasJsonColumn();
        revision.Property(r => r.Agreements).HasJsonColumn();
        revision.HasIndex(r => new { r.StudentId, r.Revision }).IsUnique();
    }
}
