using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Persistence;

namespace PartnershipHub.Guidance.Infrastructure.EntityConfigurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> assessment)
    {
        assessment.ToTable("assessments");
        assessment.HasKey(a => a.Id);
        assessment.Property(a => a.Id).ValueGeneratedNever();
        assessment.Property(a => a.FrameworkKey).HasMaxLength(60);
        assessment.Property(a => a.AssessorId).HasMaxLength(100);
        assessment.Property(a => a.AssessorName).HasMaxLength(200);
        assessment.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        assessment.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        assessment.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        assessment.Property(a => a.Ratings).HasJsonColumn();
        assessment.Property(a => a.FeedForward).HasJsonColumn();
        // The progress view and the rules read a student's submitted assessments in time order.
        assessment.HasIndex(a => new { a.StudentId, a.SubmittedAt });
        assessment.HasIndex(a => a.AssessorId);
        // One correction per assessment: two concurrent corrections cannot both supersede it.
        assessment.HasIndex(a => a.SupersedesId).IsUnique().HasFilter("supersedes_id IS NOT NULL");
    }
}
