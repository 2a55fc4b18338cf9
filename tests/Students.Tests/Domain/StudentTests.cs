using PartnershipHub.Contracts;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;
using PartnershipHub.Students.Domain;
using Xunit;

namespace PartnershipHub.Students.Tests.Domain;

public sealed class StudentTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static StudentDetails Details(string lastName = "Jansen") =>
        new("S1", "Sanne", lastName, new DateOnly(2009, 3, 14), null, null, null, null, null, "2025-VK2");

    private static EnrolmentDetails Programme(string crebo = "25258") =>
        new(crebo, "Verkoper", 2, LearningRoute.Bol, new DateOnly(2025, 9, 1), new DateOnly(2027, 7, 1), null);

    private static Student NewStudent(Guid? mentor = null) => Student.Register(Guid.NewGuid(), Guid.NewGuid(), Details(), Programme(), mentor, Now);

    [Fact]
    public void A_new_student_is_active_at_version_one_with_one_current_enrolment()
    {
        var student = NewStudent();

        Assert.Equal(StudentStatus.Active, student.Status);
        Assert.Equal(1, student.Version);
        Assert.Equal("25258", student.CurrentEnrolment.Crebo);
    }

    [Fact]
    public void Unchanged_details_change_nothing_and_keep_the_version()
    {
        var student = NewStudent();

        Assert.False(student.UpdateDetails(Details(), Now));
        Assert.Equal(1, student.Version);
        Assert.True(student.UpdateDetails(Details("de Vries"), Now));
        Assert.Equal(2, student.Version);
    }

    [Fact]
    public void A_programme_change_keeps_the_old_enrolment_in_the_history()
    {
        var student = NewStudent();
        var carpentry = Programme("25252") with { StartDate = new DateOnly(2026, 2, 1), ExpectedEndDate = new DateOnly(2028, 2, 1) };

        student.ChangeProgramme(Guid.NewGuid(), carpentry, Now);

        Assert.Equal(2, student.Enrolments.Count);
        Assert.Equal("25252", student.CurrentEnrolment.Crebo);
        Assert.Equal(new DateOnly(2026, 2, 1), student.Enrolments.Single(e => e.Crebo == "25258").EndedOn);
        Assert.Equal(2, student.Version);
    }

    [Fact]
    public void Changing_to_the_same_programme_is_a_conflict()
    {
        var student = NewStudent();

        var conflict = Assert.Throws<ConflictException>(() => student.ChangeProgramme(Guid.NewGuid(), Programme(), Now));
        Assert.Equal("same-programme", conflict.Rule);
    }

    [Fact]
    public void A_new_mentor_ends_the_previous_period()
    {
        var first = Guid.NewGuid();
        var student = NewStudent(first);

        Assert.True(student.AssignMentor(Guid.NewGuid(), Now.AddDays(1)));
        Assert.False(student.AssignMentor(student.MentorStaffId!.Value, Now.AddDays(2)));

        Assert.Equal(2, student.MentorAssignments.Count);
        Assert.NotNull(student.MentorAssignments.Single(m => m.MentorStaffId == first).EndedAt);
    }

    [Fact]
    public void Leaving_early_needs_a_reason_and_other_statuses_have_none()
    {
        var student = NewStudent();

        Assert.Equal("reason", Assert.Throws<FieldValidationException>(
            () => student.ChangeStatus(StudentStatus.LeftEarly, null, Today, Now)).Errors.Keys.Single());
        Assert.Equal("reason", Assert.Throws<FieldValidationException>(
            () => student.ChangeStatus(StudentStatus.Paused, LeavingReason.Work, Today, Now)).Errors.Keys.Single());
        Assert.True(student.ChangeStatus(StudentStatus.LeftEarly, LeavingReason.PoorFitWithTrade, Today, Now));
    }

    [Fact]
    public void A_graduate_stays_graduated()
    {
        var student = NewStudent();
        student.ChangeStatus(StudentStatus.Graduated, null, Today, Now);

        Assert.Equal("graduated-is-final",
            Assert.Throws<ConflictException>(() => student.ChangeStatus(StudentStatus.Active, null, Today, Now)).Rule);
    }

    [Fact]
    public void Completing_an_intake_raises_the_version_and_a_draft_does_not()
    {
        var student = NewStudent();
        var draft = Intake.Create(PriorEducation.VmboBb, null, [IntakeParticipant.Student], false, null, null, null, null, complete: false, Today);

        Assert.False(student.RecordIntake(draft, complete: false, readRevision: null, Today, Now));
        Assert.Equal(1, student.Version);

        var complete = draft with { IntakeDate = Today, ProgressionWish = ProgressionWish.Level3 };
        Assert.True(student.RecordIntake(complete, complete: true, readRevision: null, Today, Now));
        Assert.Equal(2, student.Version);
        Assert.Equal(Today, student.IntakeCompletedOn);

        Assert.False(student.RecordIntake(complete with { Participants = [IntakeParticipant.Student] }, complete: true, readRevision: null, Today, Now));
    }

    [Fact]
    public void A_completed_intake_cannot_become_a_draft_again()
    {
        var student = NewStudent();
        var intake = Intake.Create(PriorEducation.VmboBb, Today, [IntakeParticipant.Student], false, null, null, ProgressionWish.Work, null, true, Today);
        student.RecordIntake(intake, true, readRevision: null, Today, Now);

        Assert.Equal("intake-already-complete",
            Assert.Throws<ConflictException>(() => student.RecordIntake(intake, false, readRevision: null, Today, Now)).Rule);
    }

    [Fact]
    public void Erasure_requires_having_left_and_the_retention_period_passed()
    {
        var policy = new RetentionPolicy { MinimumDaysAfterLeaving = 42 };
        var student = NewStudent();

        Assert.Equal("erasure-requires-leaving", Assert.Throws<ConflictException>(() => student.EnsureErasable(policy, Today)).Rule);

        student.ChangeStatus(StudentStatus.Graduated, null, Today.AddDays(-41), Now);
        Assert.Equal("erasure-retention-period", Assert.Throws<ConflictException>(() => student.EnsureErasable(policy, Today)).Rule);

        student.EnsureErasable(policy, Today.AddDays(1));
    }

    [Fact]
    public void A_student_under_eighteen_is_a_minor()
    {
        var student = NewStudent();

        Assert.True(student.IsMinorOn(new DateOnly(2027, 3, 13)));
        Assert.False(student.IsMinorOn(new DateOnly(2027, 3, 14)));
    }
}
