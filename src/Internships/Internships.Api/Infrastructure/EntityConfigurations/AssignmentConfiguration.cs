using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Persistence;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> assignment)
    {
        assignment.ToTable("assignments");
        assignment.HasKey(a => a.Id);
        assignment.Property(a => a.Id).ValueGeneratedNever();
        assignment.Property(a => a.Title).HasMaxLength(200);
        assignment.Property(a => a.Steps).HasJsonColumn(StoredJson.Options);
        assignment.Property(a => a.Version).IsConcurrencyToken();
        assignment.HasIndex(a => a.PlacementId);
        assignment.HasOne<Placement>().WithMany().HasForeignKey(a => a.PlacementId).OnDelete(DeleteBehavior.Restrict);
        // A signed-off assignment is redone at most once at a time: a correction of a correction continues the chain.
        assignment.HasIndex(a => a.CorrectsId).IsUnique();
        assignment.HasOne<Assignment>().WithMany().HasForeignKey(a => a.CorrectsId).OnDelete(DeleteBehavior.Restrict);
        assignment.Ignore(a => a.LastStepAt);
    }
}
