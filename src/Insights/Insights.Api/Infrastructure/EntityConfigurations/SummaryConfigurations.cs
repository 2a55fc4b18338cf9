using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Insights.Domain;

namespace PartnershipHub.Insights.Infrastructure.EntityConfigurations;

internal sealed class AssessmentQuarterConfiguration : IEntityTypeConfiguration<AssessmentQuarter>
{
    public void Configure(EntityTypeBuilder<AssessmentQuarter> quarter)
    {
        quarter.ToTable("assessment_quarters");
        quarter.HasKey(q => new { q.Crebo, q.Cohort, q.CriterionKey, q.Quarter });
        quarter.Property(q => q.Crebo).HasMaxLength(10);
        quarter.Property(q => q.Cohort).HasMaxLength(20);
        quarter.Property(q => q.CriterionKey).HasMaxLength(100);
    }
}

internal sealed class AssessmentSummaryConfiguration : IEntityTypeConfiguration<AssessmentSummary>
{
    public void Configure(EntityTypeBuilder<AssessmentSummary> summary)
    {
        summary.ToTable("assessment_summaries");
        summary.HasKey(s => s.StudentId);
        summary.Property(s => s.StudentId).ValueGeneratedNever();
    }
}
