using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Persistence;

namespace PartnershipHub.Guidance.Infrastructure.EntityConfigurations;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> review)
    {
        review.ToTable("reviews");
        review.HasKey(r => r.Id);
        review.Property(r => r.Id).ValueGeneratedNever();
        review.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        review.Property(r => r.ScheduledBy).HasMaxLength(100);
        review.Property(r => r.Participants).HasJsonColumn();
        review.Property(r => r.GoalOutcomes).HasJsonColumn();
        review.Property(r => r.NewAgreements).HasJsonColumn();
        review.Property(r => r.FeedForward).HasJsonColumn();
        review.HasIndex(r => new { r.StudentId, r.ScheduledAt });
        // The overdue sweep reads only scheduled reviews.
        review.HasIndex(r => r.ScheduledAt).HasFilter("status = 'Scheduled'").HasDatabaseName("ix_reviews_scheduled");
    }
}
