using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Infrastructure.EntityConfigurations;

internal sealed class CareNoteConfiguration : IEntityTypeConfiguration<CareNote>
{
    public void Configure(EntityTypeBuilder<CareNote> note)
    {
        note.ToTable("care_notes");
        note.HasKey(n => n.Id);
        note.Property(n => n.Id).ValueGeneratedNever();
        note.Property(n => n.Text).HasMaxLength(CareNote.MaxLength);
        note.HasOne<Student>().WithMany().HasForeignKey(n => n.StudentId).OnDelete(DeleteBehavior.Cascade);
        note.HasIndex(n => new { n.StudentId, n.WrittenAt });
    }
}
