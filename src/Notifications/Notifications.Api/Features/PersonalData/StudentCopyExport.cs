using PartnershipHub.Contracts;
using PartnershipHub.Notifications.Domain;

namespace PartnershipHub.Notifications.Features.PersonalData;

/// <summary>Notifications' copy of the student, as Students' events left it: who to write to and who their mentor is.</summary>
public sealed record StudentCopyExport(
    Guid Id,
    string StudentNumber,
    string FirstName,
    string LastName,
    string? Email,
    Guid? MentorStaffId,
    StudentStatus Status,
    string Crebo,
    LearningRoute Route,
    DateOnly EnrolmentStart)
{
    public static StudentCopyExport From(StudentCopy s) =>
        new(s.Id, s.StudentNumber, s.FirstName, s.LastName, s.Email, s.MentorStaffId, s.Status, s.Crebo, s.Route, s.EnrolmentStart);
}
