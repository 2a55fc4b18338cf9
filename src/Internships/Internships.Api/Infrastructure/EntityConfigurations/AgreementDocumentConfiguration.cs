using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Persistence;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class AgreementDocumentConfiguration : IEntityTypeConfiguration<AgreementDocument>
{
    public void Configure(EntityTypeBuilder<AgreementDocument> document)
    {
        document.ToTable("agreement_documents");
        document.HasKey(d => d.Id);
        document.Property(d => d.Id).ValueGeneratedNever();
        document.Property(d => d.FileName).HasMaxLength(255);
        document.Property(d => d.UploadedBy).HasMaxLength(100);
        document.Property(d => d.Parties).HasJsonColumn(StoredJson.Options);
        document.HasIndex(d => d.PlacementId);
        document.HasOne<Placement>().WithMany().HasForeignKey(d => d.PlacementId).OnDelete(DeleteBehavior.Cascade);
    }
}
