using PartnershipHub.Contracts;
using PartnershipHub.Students.Domain;
using PartnershipHub.Students.Features.Students;

namespace PartnershipHub.Students.Features.Lifecycle;

/// <summary>Builds the events about what happens to a student over time: a programme change, a mentor, a status.</summary>
public static class LifecycleEvents
{
    public static EnrolmentChanged EnrolmentChanged(Student s) => new(s.Id, StudentEvents.Enrolment(s.CurrentEnrolment), s.Version);

    public static MentorAssigned MentorAssigned(Student s) =>
        new(s.Id, s.MentorStaffId ?? throw new InvalidOperationException("No mentor to announce."), s.Version);

    public static StudentStatusChanged StatusChanged(Student s) => new(s.Id, s.Status, s.LeavingReason, s.StatusDate, s.Version);
}
