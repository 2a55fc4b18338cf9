using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Companies.Domain;

namespace PartnershipHub.Companies.Infrastructure.EntityConfigurations;

internal sealed class PeriodConfiguration : IEntityTypeConfiguration<Period>
{
    public void Configure(EntityTypeBuilder<Period> period)
    {
        period.ToTable("periods");
        period.HasKey(p => p.Id);
        period.Property(p => p.Id).ValueGeneratedNever();
        period.Property(p => p.Name).HasMaxLength(100);
    }
}
