using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Infrastructure.EntityConfigurations;

internal sealed class HelpRequestConfiguration : IEntityTypeConfiguration<HelpRequest>
{
    public void Configure(EntityTypeBuilder<HelpRequest> request)
    {
        request.ToTable("help_requests");
        request.HasKey(r => r.Id);
        request.Property(r => r.Id).ValueGeneratedNever();
        request.Property(r => r.Topic).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        request.Property(r => r.Text).HasMaxLength(HelpRequest.MaxText);
        request.Property(r => r.Answer).HasMaxLength(HelpRequest.MaxText);
        request.Property(r => r.ConversationPlace).HasMaxLength(HelpRequest.MaxPlace);
        request.Property(r => r.ClosingNote).HasMaxLength(HelpRequest.MaxText);
        request.Property(r => r.AnsweredBy).HasMaxLength(100);
        request.Property(r => r.ClosedBy).HasMaxLength(100);
        request.HasIndex(r => new { r.StudentId, r.AskedAt });
        // The unanswered sweep reads only open requests.
        request.HasIndex(r => r.AskedAt).HasFilter("status = 'Open'").HasDatabaseName("ix_help_requests_open");
        // The coordinator's statistics: a date range of asked requests, per mentor.
        request.HasIndex(r => new { r.AskedAt, r.MentorStaffId });
        // The caseload counts each mentee's open requests on every visit.
        request.HasIndex(r => r.StudentId).HasFilter("status = 'Open'").HasDatabaseName("ix_help_requests_open_by_student");
    }
}
