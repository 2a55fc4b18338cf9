using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Infrastructure.EntityConfigurations;

internal sealed class StudentCopyConfiguration : IEntityTypeConfiguration<StudentCopy>
{
    public void Configure(EntityTypeBuilder<StudentCopy> student)
    {
        student.ToTable("students");
        student.Property(s => s.Id).ValueGeneratedNever();
        student.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        student.Property(s => s.Route).HasConversion<string>().HasMaxLength(10);
        student.HasIndex(s => s.MentorStaffId);
        student.Ignore(s => s.IsErased);
    }
}

internal sealed class StaffCopyConfiguration : IEntityTypeConfiguration<StaffCopy>
{
    public void Configure(EntityTypeBuilder<StaffCopy> staff)
    {
        staff.ToTable("staff");
        staff.Property(s => s.Id).ValueGeneratedNever();
        staff.Property(s => s.Language).HasMaxLength(5);
    }
}

internal sealed class TrainerCopyConfiguration : IEntityTypeConfiguration<TrainerCopy>
{
    public void Configure(EntityTypeBuilder<TrainerCopy> trainer)
    {
        trainer.ToTable("trainers");
        trainer.Property(t => t.Id).ValueGeneratedNever();
        trainer.HasIndex(t => new { t.Email, t.CompanyId });
        trainer.HasIndex(t => t.CompanyId);
    }
}

internal sealed class PlacementCopyConfiguration : IEntityTypeConfiguration<PlacementCopy>
{
    public void Configure(EntityTypeBuilder<PlacementCopy> placement)
    {
        placement.ToTable("placements");
        placement.Property(p => p.Id).ValueGeneratedNever();
        placement.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        placement.HasIndex(p => p.StudentId);
        placement.HasIndex(p => p.CompanyId);
        placement.HasIndex(p => p.TrainerId);
        placement.HasIndex(p => new { p.PeriodId, p.Status });
        placement.HasIndex(p => p.Status);
    }
}

internal sealed class PeriodCopyConfiguration : IEntityTypeConfiguration<PeriodCopy>
{
    public void Configure(EntityTypeBuilder<PeriodCopy> period)
    {
        period.ToTable("periods");
        period.Property(p => p.Id).ValueGeneratedNever();
        period.HasIndex(p => p.Start);
    }
}

internal sealed class GuidanceRhythmConfiguration : IEntityTypeConfiguration<GuidanceRhythm>
{
    public void Configure(EntityTypeBuilder<GuidanceRhythm> rhythm)
    {
        rhythm.ToTable("guidance_rhythms");
        rhythm.HasKey(r => r.StudentId);
        rhythm.Property(r => r.StudentId).ValueGeneratedNever();
    }
}

internal sealed class AssignmentCopyConfiguration : IEntityTypeConfiguration<AssignmentCopy>
{
    public void Configure(EntityTypeBuilder<AssignmentCopy> assignment)
    {
        assignment.ToTable("assignments");
        assignment.Property(a => a.Id).ValueGeneratedNever();
        assignment.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        assignment.HasIndex(a => a.StudentId);
    }
}
