using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Companies.Domain;

namespace PartnershipHub.Companies.Infrastructure.EntityConfigurations;

internal sealed class AccreditationConfiguration : IEntityTypeConfiguration<Accreditation>
{
    public void Configure(EntityTypeBuilder<Accreditation> accreditation)
    {
        accreditation.ToTable("accreditations");
        accreditation.HasKey(a => new { a.CompanyId, a.Crebo });
        accreditation.Property(a => a.Crebo).HasMaxLength(5).IsFixedLength();
        accreditation.PrimitiveCollection(a => a.Routes);
        accreditation.Property(a => a.RevocationReason).HasMaxLength(500);
        accreditation.Ignore(a => a.IsRevoked);
        // The crebo filter of the company list looks accreditations up by qualification.
        accreditation.HasIndex(a => a.Crebo);
    }
}
