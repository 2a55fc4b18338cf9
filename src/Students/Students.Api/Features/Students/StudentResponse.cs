using PartnershipHub.Contracts;
using PartnershipHub.Students.Domain;

namespace PartnershipHub.Students.Features.Students;

public sealed record StudentResponse(
    Guid Id,
    string StudentNumber,
    string FirstName,
    string LastName,
    string Cohort,
    StudentStatus Status,
    LeavingReason? LeavingReason,
    DateOnly StatusDate,
    EnrolmentResponse CurrentEnrolment,
    Guid? MentorStaffId,
    bool IntakeComplete,
    long Version,
    PersonalDetailsResponse? PersonalDetails,
    IReadOnlyList<EnrolmentResponse>? EnrolmentHistory,
    IReadOnlyList<MentorPeriodResponse>? MentorHistory,
    bool MentorActive)
{
    /// <summary>
    /// With <paramref name="basicOnly"/>, personal details and histories are left out. <paramref name="mentorActive"/>:
    /// the current mentor is an active mentor (false without one, or when Identity deactivated them or took the role).
    /// </summary>
    public static StudentResponse From(Student s, bool basicOnly, DateOnly today, bool mentorActive) => new(
        s.Id,
        s.StudentNumber,
        s.FirstName,
        s.LastName,
        s.Cohort,
        s.Status,
        s.LeavingReason,
        s.StatusDate,
        ToResponse(s.CurrentEnrolment),
        s.MentorStaffId,
        s.IntakeComplete,
        s.Version,
        basicOnly ? null : new PersonalDetailsResponse(
            s.DateOfBirth, s.IsMinorOn(today), s.Email, s.Phone, s.HomePostcode, s.HomeLatitude, s.HomeLongitude),
        basicOnly ? null : [.. s.Enrolments.OrderBy(e => e.StartDate).Select(ToResponse)],
        basicOnly ? null : [.. s.MentorAssignments.OrderBy(m => m.AssignedAt).Select(m => new MentorPeriodResponse(m.MentorStaffId, m.AssignedAt, m.EndedAt))],
        mentorActive);

    public static EnrolmentResponse ToResponse(StudentEnrolment e) =>
        new(e.Id, e.Crebo, e.QualificationName, e.Level, e.Route, e.StartDate, e.ExpectedEndDate, e.Team, e.EndedOn);
}
