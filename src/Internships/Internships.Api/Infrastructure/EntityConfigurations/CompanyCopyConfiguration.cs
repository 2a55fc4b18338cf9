using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Persistence;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class CompanyCopyConfiguration : IEntityTypeConfiguration<CompanyCopy>
{
    public void Configure(EntityTypeBuilder<CompanyCopy> company)
    {
        company.ToTable("companies");
        company.HasKey(c => c.Id);
        company.Property(c => c.Id).ValueGeneratedNever();
        company.Property(c => c.Name).HasMaxLength(200);
        company.Property(c => c.Locations).HasJsonColumn(StoredJson.Options);
        company.Ignore(c => c.OffersStructure);
        company.Property(c => c.Version).IsConcurrencyToken();
    }
}
