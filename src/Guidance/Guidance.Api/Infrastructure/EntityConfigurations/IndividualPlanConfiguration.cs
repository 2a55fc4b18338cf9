using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Persistence;

namespace PartnershipHub.Guidance.Infrastructure.EntityConfigurations;

internal sealed class IndividualPlanConfiguration : IEntityTypeConfiguration<IndividualPlan>
{
    public void Configure(EntityTypeBuilder<IndividualPlan> plan)
    {
        plan.ToTable("plans");
        plan.HasKey(p => p.StudentId);
        plan.Property(p => p.StudentId).ValueGeneratedNever();
        plan.Property(p => p.Goals).HasJsonColumn();
        plan.Property(p => p.Agreements).HasJsonColumn();
        // Two concurrent edits: the second fails (409) instead of silently overwriting the first.
        plan.Property(p => p.Revision).IsConcurrencyToken();
    }
}
