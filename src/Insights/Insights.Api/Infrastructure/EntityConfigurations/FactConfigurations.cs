using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnershipHub.Insights.Domain;

namespace PartnershipHub.Insights.Infrastructure.EntityConfigurations;

internal sealed class StudentFactConfiguration : IEntityTypeConfiguration<StudentFact>
{
    public void Configure(EntityTypeBuilder<StudentFact> student)
    {
        student.ToTable("students");
        student.Property(s => s.Id).ValueGeneratedNever();
        student.Property(s => s.Crebo).HasMaxLength(10);
        student.Property(s => s.QualificationName).HasMaxLength(200);
        student.Property(s => s.Route).HasConversion<string>().HasMaxLength(5);
        student.Property(s => s.Team).HasMaxLength(100);
        student.Property(s => s.Cohort).HasMaxLength(20);
        student.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        student.Property(s => s.LeavingReason).HasConversion<string>().HasMaxLength(30);
        student.Property(s => s.ProgressionWish).HasConversion<string>().HasMaxLength(20);
        student.HasIndex(s => new { s.Crebo, s.Cohort });
        student.HasIndex(s => s.MentorStaffId);
    }
}

internal sealed class ErasedStudentConfiguration : IEntityTypeConfiguration<ErasedStudent>
{
    public void Configure(EntityTypeBuilder<ErasedStudent> erased)
    {
        erased.ToTable("erased_students");
        erased.Property(e => e.Id).ValueGeneratedNever();
    }
}

internal sealed class CompanyFactConfiguration : IEntityTypeConfiguration<CompanyFact>
{
    public void Configure(EntityTypeBuilder<CompanyFact> company)
    {
        company.ToTable("companies");
        company.Property(c => c.Id).ValueGeneratedNever();
        company.Property(c => c.Name).HasMaxLength(200);
    }
}

internal sealed class TrainerFactConfiguration : IEntityTypeConfiguration<TrainerFact>
{
    public void Configure(EntityTypeBuilder<TrainerFact> trainer)
    {
        trainer.ToTable("trainers");
        trainer.Property(t => t.Id).ValueGeneratedNever();
        trainer.Property(t => t.Email).HasMaxLength(320);
        trainer.HasIndex(t => new { t.Email, t.CompanyId });
    }
}

internal sealed class PeriodFactConfiguration : IEntityTypeConfiguration<PeriodFact>
{
    public void Configure(EntityTypeBuilder<PeriodFact> period)
    {
        period.ToTable("periods");
        period.Property(p => p.Id).ValueGeneratedNever();
        period.Property(p => p.Name).HasMaxLength(100);
    }
}

internal sealed class PlacementFactConfiguration : IEntityTypeConfiguration<PlacementFact>
{
    public void Configure(EntityTypeBuilder<PlacementFact> placement)
    {
        placement.ToTable("placements");
        placement.Property(p => p.Id).ValueGeneratedNever();
        placement.Property(p => p.Crebo).HasMaxLength(10);
        placement.Property(p => p.Route).HasConversion<string>().HasMaxLength(5);
        placement.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        placement.Property(p => p.EndReason).HasConversion<string>().HasMaxLength(30);
        placement.Property(p => p.EndedByRole).HasMaxLength(20);
        placement.HasIndex(p => p.StudentId);
        placement.HasIndex(p => new { p.Crebo, p.StartDate });
        placement.HasIndex(p => new { p.CompanyId, p.StartDate });
        placement.HasIndex(p => p.PeriodId);
    }
}

internal sealed class SignalFactConfiguration : IEntityTypeConfiguration<SignalFact>
{
    public void Configure(EntityTypeBuilder<SignalFact> signal)
    {
        signal.ToTable("signals");
        signal.Property(s => s.Id).ValueGeneratedNever();
        signal.Property(s => s.Rule).HasMaxLength(60);
        signal.HasIndex(s => s.StudentId);
        signal.HasIndex(s => s.RaisedAt);
    }
}

internal sealed class AssessmentFactConfiguration : IEntityTypeConfiguration<AssessmentFact>
{
    public void Configure(EntityTypeBuilder<AssessmentFact> assessment)
    {
        assessment.ToTable("assessments");
        assessment.Property(a => a.Id).ValueGeneratedNever();
        assessment.Property(a => a.AssessorRole).HasMaxLength(20);
        assessment.Property(a => a.Kind).HasMaxLength(30);
        assessment.HasMany(a => a.Levels).WithOne().HasForeignKey(l => l.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        assessment.HasIndex(a => a.StudentId);
        assessment.HasIndex(a => a.SubmittedAt);
    }
}

internal sealed class AssessmentLevelFactConfiguration : IEntityTypeConfiguration<AssessmentLevelFact>
{
    public void Configure(EntityTypeBuilder<AssessmentLevelFact> level)
    {
        level.ToTable("assessment_levels");
        level.HasKey(l => new { l.AssessmentId, l.CriterionKey });
        level.Property(l => l.CriterionKey).HasMaxLength(100);
        level.Property(l => l.AssessorRole).HasMaxLength(20);
        level.HasIndex(l => l.StudentId);
        level.HasIndex(l => new { l.CriterionKey, l.SubmittedAt });
        // The dashboard reads levels by time only for a range's part-quarter and a range that ends in the past (DashboardPerformance).
        level.HasIndex(l => l.SubmittedAt).IncludeProperties(l => new { l.StudentId, l.CriterionKey, l.Level, l.AssessorRole });
    }
}

internal sealed class ProgressionFollowUpConfiguration : IEntityTypeConfiguration<ProgressionFollowUp>
{
    public void Configure(EntityTypeBuilder<ProgressionFollowUp> followUp)
    {
        followUp.ToTable("progression_follow_ups");
        followUp.HasKey(f => f.StudentId);
        followUp.Property(f => f.StudentId).ValueGeneratedNever();
        followUp.Property(f => f.GoalStatus).HasMaxLength(20);
    }
}

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> survey)
    {
        survey.ToTable("surveys");
        survey.Property(s => s.Id).ValueGeneratedNever();
        survey.Property(s => s.Respondent).HasConversion<string>().HasMaxLength(10);
        survey.Property(s => s.Crebo).HasMaxLength(10);
        survey.Property(s => s.Comment).HasMaxLength(SurveyQuestions.CommentMaxLength);
        survey.Ignore(s => s.IsAnswered);
        survey.HasIndex(s => new { s.PlacementId, s.Respondent }).IsUnique();
        survey.HasIndex(s => s.StudentId);
        survey.HasIndex(s => s.TrainerId);
        survey.HasIndex(s => new { s.CompanyId, s.AnsweredAt });
        survey.HasIndex(s => new { s.Crebo, s.AnsweredAt });
    }
}
