using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class MatchingProposalConfiguration : IEntityTypeConfiguration<MatchingProposal>
{
    public void Configure(EntityTypeBuilder<MatchingProposal> proposal)
    {
        proposal.ToTable("matching_proposals");
        proposal.HasKey(p => new { p.RunId, p.StudentId });
        proposal.Property(p => p.Explanation).HasColumnType("jsonb");
        proposal.HasOne<MatchingRun>().WithMany().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Cascade);
        proposal.HasIndex(p => p.CompanyId);
    }
}
