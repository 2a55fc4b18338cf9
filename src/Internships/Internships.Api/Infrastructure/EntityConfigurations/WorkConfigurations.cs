using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> placement)
    {
        placement.ToTable("placements");
        placement.HasKey(p => p.Id);
        placement.Property(p => p.Id).ValueGeneratedNever();
        placement.Property(p => p.Crebo).HasMaxLength(5);
        placement.Property(p => p.CompanyName).HasMaxLength(200);
        placement.Property(p => p.EndedByRole).HasMaxLength(20);
        placement.Property(p => p.Risks).AsJson();
        placement.Property(p => p.Signatures).AsJson();
        // Two requests changing one placement at once: the second gets a concurrency conflict (409), not a lost update.
        placement.Property(p => p.Version).IsConcurrencyToken();
        placement.HasIndex(p => p.StudentId);
        placement.HasIndex(p => new { p.CompanyId, p.PeriodId, p.Crebo });
        placement.HasIndex(p => p.TeacherStaffId);
        placement.Ignore(p => p.IsOpen);
    }
}

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> assignment)
    {
        assignment.ToTable("assignments");
        assignment.HasKey(a => a.Id);
        assignment.Property(a => a.Id).ValueGeneratedNever();
        assignment.Property(a => a.Title).HasMaxLength(200);
        assignment.Property(a => a.Steps).AsJson();
        assignment.Property(a => a.Version).IsConcurrencyToken();
        assignment.HasIndex(a => a.PlacementId);
        assignment.HasOne<Placement>().WithMany().HasForeignKey(a => a.PlacementId).OnDelete(DeleteBehavior.Restrict);
        assignment.Ignore(a => a.LastStepAt);
    }
}

internal sealed class HoursEntryConfiguration : IEntityTypeConfiguration<HoursEntry>
{
    public void Configure(EntityTypeBuilder<HoursEntry> hours)
    {
        hours.ToTable("hours");
        hours.HasKey(h => h.Id);
        hours.Property(h => h.Id).ValueGeneratedNever();
        hours.Property(h => h.Hours).HasPrecision(5, 2);
        hours.HasIndex(h => new { h.PlacementId, h.Date }).IsUnique();
        hours.HasOne<Placement>().WithMany().HasForeignKey(h => h.PlacementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContactMomentConfiguration : IEntityTypeConfiguration<ContactMoment>
{
    public void Configure(EntityTypeBuilder<ContactMoment> contact)
    {
        contact.ToTable("contacts");
        contact.HasKey(c => c.Id);
        contact.Property(c => c.Id).ValueGeneratedNever();
        contact.Property(c => c.ByRole).HasMaxLength(20);
        contact.HasIndex(c => c.PlacementId);
        contact.HasOne<Placement>().WithMany().HasForeignKey(c => c.PlacementId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MatchingRunConfiguration : IEntityTypeConfiguration<MatchingRun>
{
    public void Configure(EntityTypeBuilder<MatchingRun> run)
    {
        run.ToTable("matching_runs");
        run.HasKey(r => r.Id);
        run.Property(r => r.Id).ValueGeneratedNever();
        run.Property(r => r.Weights).HasColumnType("jsonb");
        run.Property(r => r.PeriodName).HasMaxLength(100);
    }
}

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
