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
        proposal.Property(p => p.Explanation).HasColumnType("bytea");
        // No foreign key to matching_runs: only the runner writes proposals, in the transaction that adds their run,
        // and a run is deleted (a discarded draft) only after its proposals; the per-row check cost a third of the COPY (decision 0010).
        proposal.HasIndex(p => p.CompanyId);
    }
}
