using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Infrastructure.EntityConfigurations;

internal sealed class StudentCopyConfiguration : IEntityTypeConfiguration<StudentCopy>
{
    public void Configure(EntityTypeBuilder<StudentCopy> student)
    {
        student.ToTable("students");
        student.HasKey(s => s.Id);
        student.Property(s => s.Id).ValueGeneratedNever();
        student.Property(s => s.Crebo).HasMaxLength(5);
        student.Property(s => s.FirstName).HasMaxLength(100);
        student.Property(s => s.LastName).HasMaxLength(100);
        student.Property(s => s.Cohort).HasMaxLength(50);
        student.Property(s => s.HomePostcode).HasMaxLength(10);
        student.HasIndex(s => s.MentorStaffId);
        student.HasIndex(s => s.Crebo);
        student.Ignore(s => s.DisplayName);
        student.Ignore(s => s.EffectiveMaxTravelKm);
    }
}

internal sealed class CompanyCopyConfiguration : IEntityTypeConfiguration<CompanyCopy>
{
    public void Configure(EntityTypeBuilder<CompanyCopy> company)
    {
        company.ToTable("companies");
        company.HasKey(c => c.Id);
        company.Property(c => c.Id).ValueGeneratedNever();
        company.Property(c => c.Name).HasMaxLength(200);
        company.Property(c => c.Locations).AsJson();
        company.Ignore(c => c.OffersStructure);
    }
}

internal sealed class AccreditationCopyConfiguration : IEntityTypeConfiguration<AccreditationCopy>
{
    public void Configure(EntityTypeBuilder<AccreditationCopy> accreditation)
    {
        accreditation.ToTable("accreditations");
        accreditation.HasKey(a => new { a.CompanyId, a.Crebo });
        accreditation.Property(a => a.Crebo).HasMaxLength(5);
    }
}

internal sealed class CapacityCopyConfiguration : IEntityTypeConfiguration<CapacityCopy>
{
    public void Configure(EntityTypeBuilder<CapacityCopy> capacity)
    {
        capacity.ToTable("capacity");
        capacity.HasKey(c => new { c.CompanyId, c.PeriodId, c.Crebo });
        capacity.Property(c => c.Crebo).HasMaxLength(5);
        capacity.Property(c => c.PeriodName).HasMaxLength(100);
        capacity.HasIndex(c => c.PeriodId);
    }
}

internal sealed class TrainerCopyConfiguration : IEntityTypeConfiguration<TrainerCopy>
{
    public void Configure(EntityTypeBuilder<TrainerCopy> trainer)
    {
        trainer.ToTable("trainers");
        trainer.HasKey(t => t.Id);
        trainer.Property(t => t.Id).ValueGeneratedNever();
        trainer.Property(t => t.Name).HasMaxLength(200);
        trainer.HasIndex(t => t.CompanyId);
    }
}
