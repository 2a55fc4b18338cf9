using PartnershipHub.Contracts;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Messaging;

/// <summary>Builds the published events from the student's state; care notes and free-text notes never leave this service.</summary>
public static class StudentEvents
{
    public static StudentEnrolled Enrolled(Student s) => new(
        s.Id, s.StudentNumber, s.FirstName, s.LastName, s.DateOfBirth, s.Email, s.HomePostcode, s.HomeLatitude, s.HomeLongitude,
        s.Cohort, Enrolment(s.CurrentEnrolment), s.MentorStaffId, s.Version);

    public static StudentUpdated Updated(Student s) => new(
        s.Id, s.StudentNumber, s.FirstName, s.LastName, s.DateOfBirth, s.Email, s.HomePostcode, s.HomeLatitude, s.HomeLongitude,
        s.Cohort, s.Status, s.Version);

    public static EnrolmentChanged EnrolmentChanged(Student s) => new(s.Id, Enrolment(s.CurrentEnrolment), s.Version);

    public static MentorAssigned MentorAssigned(Student s) =>
        new(s.Id, s.MentorStaffId ?? throw new InvalidOperationException("No mentor to announce."), s.Version);

    public static StudentStatusChanged StatusChanged(Student s) => new(s.Id, s.Status, s.LeavingReason, s.StatusDate, s.Version);

    public static IntakeCompleted IntakeCompleted(Student s)
    {
        var intake = s.Intake ?? throw new InvalidOperationException("No intake to announce.");
        return new IntakeCompleted(
            s.Id,
            intake.IntakeDate ?? s.IntakeCompletedOn ?? DateOnly.FromDateTime(s.UpdatedAt.UtcDateTime),
            intake.Needs.ToSummary(),
            intake.ProgressionWish ?? ProgressionWish.Undecided,
            intake.ToPublishedPreferences(),
            s.Version);
    }

    public static Enrolment Enrolment(StudentEnrolment e) =>
        new(e.Id, e.Crebo, e.QualificationName, e.Level, e.Route, e.StartDate, e.ExpectedEndDate, e.Team);
}
