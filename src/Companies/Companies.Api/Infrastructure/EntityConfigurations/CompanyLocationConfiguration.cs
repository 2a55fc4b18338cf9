using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Companies.Domain;

namespace PartnershipHub.Companies.Infrastructure.EntityConfigurations;

internal sealed class CompanyLocationConfiguration : IEntityTypeConfiguration<CompanyLocation>
{
    public void Configure(EntityTypeBuilder<CompanyLocation> location)
    {
        location.ToTable("company_locations");
        location.HasKey(l => l.Id);
        location.Property(l => l.Id).ValueGeneratedNever();
        location.Property(l => l.Street).HasMaxLength(200);
        location.Property(l => l.Postcode).HasMaxLength(7);
        location.Property(l => l.City).HasMaxLength(100);
        location.Property(l => l.CoordinatesSource).HasConversion<string>().HasMaxLength(20);
        // The near search's bounding box: a range on latitude, then longitude, on this index.
        location.HasIndex(l => new { l.Latitude, l.Longitude });
    }
}
