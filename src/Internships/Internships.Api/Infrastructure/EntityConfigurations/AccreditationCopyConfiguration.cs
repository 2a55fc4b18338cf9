using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class AccreditationCopyConfiguration : IEntityTypeConfiguration<AccreditationCopy>
{
    public void Configure(EntityTypeBuilder<AccreditationCopy> accreditation)
    {
        accreditation.ToTable("accreditations");
        accreditation.HasKey(a => new { a.CompanyId, a.Crebo });
        accreditation.Property(a => a.Crebo).HasMaxLength(5);
        accreditation.Property(a => a.Version).IsConcurrencyToken();
    }
}
