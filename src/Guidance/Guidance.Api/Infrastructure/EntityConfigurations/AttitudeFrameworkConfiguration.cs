using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Guidance.Domain;
using PartnershipHub.Persistence;

namespace PartnershipHub.Guidance.Infrastructure.EntityConfigurations;

internal sealed class AttitudeFrameworkConfiguration : IEntityTypeConfiguration<AttitudeFramework>
{
    public void Configure(EntityTypeBuilder<AttitudeFramework> framework)
    {
        framework.ToTable("frameworks");
        framework.HasKey(f => f.Id);
        framework.Property(f => f.Id).ValueGeneratedNever();
        framework.Property(f => f.Key).HasMaxLength(60);
        framework.Property(f => f.Name).HasMaxLength(200);
        framework.Property(f => f.Crebos).HasJsonColumn();
        framework.Property(f => f.Criteria).HasJsonColumn();
        framework.HasIndex(f => new { f.Key, f.Version }).IsUnique();
    }
}
