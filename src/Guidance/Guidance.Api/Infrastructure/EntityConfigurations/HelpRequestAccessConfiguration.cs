using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Infrastructure.EntityConfigurations;

internal sealed class HelpRequestAccessConfiguration : IEntityTypeConfiguration<HelpRequestAccess>
{
    public void Configure(EntityTypeBuilder<HelpRequestAccess> access)
    {
        // No foreign key to help_requests on purpose: the log outlives the request and the student's erasure.
        access.ToTable("help_request_access_log");
        access.HasKey(a => a.Id);
        access.Property(a => a.Id).UseIdentityAlwaysColumn();
        access.Property(a => a.Role).HasMaxLength(20);
        access.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        access.HasIndex(a => new { a.StudentId, a.At });
    }
}
