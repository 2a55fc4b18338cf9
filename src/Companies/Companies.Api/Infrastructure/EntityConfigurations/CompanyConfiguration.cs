using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Companies.Domain;

namespace PartnershipHub.Companies.Infrastructure.EntityConfigurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> company)
    {
        company.ToTable("companies");
        company.HasKey(c => c.Id);
        company.Property(c => c.Id).ValueGeneratedNever();
        company.Property(c => c.Name).HasMaxLength(200);
        company.Property(c => c.KvkNumber).HasMaxLength(8).IsFixedLength();
        company.HasIndex(c => c.KvkNumber).IsUnique();
        company.Property(c => c.SbbId).HasMaxLength(20);
        company.Property(c => c.Sector).HasMaxLength(100);
        // Two writers of the same company: the second gets a 409 instead of silently overwriting the first.
        company.Property(c => c.Version).IsConcurrencyToken();
        company.HasIndex(c => c.Name);

        company.OwnsOne(c => c.Contact, contact =>
        {
            contact.Property(p => p.Name).HasColumnName("contact_name").HasMaxLength(200);
            contact.Property(p => p.Email).HasColumnName("contact_email").HasMaxLength(254);
            contact.Property(p => p.Phone).HasColumnName("contact_phone").HasMaxLength(30);
        });
        company.Navigation(c => c.Contact).IsRequired();

        company.OwnsOne(c => c.Cooperation, cooperation =>
        {
            cooperation.Property(p => p.ContactFrequency).HasColumnName("contact_frequency").HasMaxLength(200);
            cooperation.Property(p => p.WhoToCall).HasColumnName("who_to_call").HasMaxLength(200);
            cooperation.Property(p => p.Notes).HasColumnName("cooperation_notes").HasMaxLength(2000);
            cooperation.PrimitiveCollection(p => p.Offers).HasColumnName("offers");
        });
        company.Navigation(c => c.Cooperation).IsRequired();

        company.HasMany(c => c.Locations).WithOne().HasForeignKey(l => l.CompanyId).OnDelete(DeleteBehavior.Cascade);
        company.HasMany(c => c.Accreditations).WithOne().HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Cascade);
        company.HasMany(c => c.Trainers).WithOne().HasForeignKey(t => t.CompanyId).OnDelete(DeleteBehavior.Cascade);
        company.HasMany(c => c.Capacity).WithOne().HasForeignKey(c => c.CompanyId).OnDelete(DeleteBehavior.Cascade);
        company.Navigation(c => c.Locations).HasField("_locations");
        company.Navigation(c => c.Accreditations).HasField("_accreditations");
        company.Navigation(c => c.Trainers).HasField("_trainers");
        company.Navigation(c => c.Capacity).HasField("_capacity");
    }
}
