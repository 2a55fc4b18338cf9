using PartnershipHub.Contracts;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.Students.Domain;
using Xunit;

namespace PartnershipHub.Students.Tests.Domain;

public sealed class EnrolmentCancellationRuleTests
{
    private static readonly DateTimeOffset Registered = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static Student NewStudent() => Student.Register(
        Guid.NewGuid(),
        Guid.NewGuid(),
        new StudentDetails("S1", "Sanne", "Jansen", new DateOnly(2009, 3, 14), null, null, null, null, null, "2025-VK2"),
        new EnrolmentDetails("25258", "Verkoper", 2, LearningRoute.Bol, new DateOnly(2026, 9, 1), new DateOnly(2028, 7, 1), null),
        Guid.NewGuid(),
        Registered);

    private static string RuleOf(Action act) => Assert.Throws<ConflictException>(act).Rule;

    [Fact]
    public void A_fresh_enrolment_with_nothing_hanging_on_it_can_be_cancelled_for_thirty_days()
    {
        var student = NewStudent();
        student.UpdateDetails(student.Details with { LastName = "de Vries" }, Registered.AddDays(1));
        student.AssignMentor(Guid.NewGuid(), Registered.AddDays(2));

        student.EnsureCancellable(hasCareNotes: false, Registered.AddDays(Student.CancellationWindowDays));
    }

    [Fact]
    public void After_thirty_days_the_enrolment_is_no_longer_cancelled_but_left()
    {
        Assert.Equal("cancel-too-late", RuleOf(() => NewStudent().EnsureCancellable(false, Registered.AddDays(Student.CancellationWindowDays).AddMinutes(1))));
    }

    [Fact]
    public void A_status_change_a_care_note_or_a_programme_change_keeps_the_enrolment()
    {
        var paused = NewStudent();
        paused.ChangeStatus(StudentStatus.Paused, null, new DateOnly(2026, 11, 24), Registered);
        Assert.Equal("cancel-status-changed", RuleOf(() => paused.EnsureCancellable(false, Registered)));

        Assert.Equal("cancel-care-notes", RuleOf(() => NewStudent().EnsureCancellable(hasCareNotes: true, Registered)));

        var changed = NewStudent();
        changed.ChangeProgramme(
            Guid.NewGuid(),
            new EnrolmentDetails("25252", "Timmerman", 2, LearningRoute.Bbl, new DateOnly(2026, 10, 1), new DateOnly(2028, 7, 1), null),
            Registered);
        Assert.Equal("cancel-programme-changed", RuleOf(() => changed.EnsureCancellable(false, Registered)));
    }
}
