using PartnershipHub.Contracts;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Features.Students;

/// <summary>Builds the events about a student's record from its state; care notes and free-text notes never leave this service.</summary>
public static class StudentEvents
{
    public static StudentEnrolled Enrolled(Student s) => new(
        s.Id, s.StudentNumber, s.FirstName, s.LastName, s.DateOfBirth, s.Email, s.HomePostcode, s.HomeLatitude, s.HomeLongitude,
        s.Cohort, Enrolment(s.CurrentEnrolment), s.MentorStaffId, s.Version);

    public static StudentUpdated Updated(Student s) => new(
        s.Id, s.StudentNumber, s.FirstName, s.LastName, s.DateOfBirth, s.Email, s.HomePostcode, s.HomeLatitude, s.HomeLongitude,
        s.Cohort, s.Status, s.Version);

    public static Enrolment Enrolment(StudentEnrolment e) =>
        new(e.Id, e.Crebo, e.QualificationName, e.Level, e.Route, e.StartDate, e.ExpectedEndDate, e.Team);
}
