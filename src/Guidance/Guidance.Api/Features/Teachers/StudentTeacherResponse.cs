using PartnershipHub.Guidance.Domain;
namespace PartnershipHub.Guidance.Features.Teachers;

public sealed record StudentTeacherResponse(Guid StudentId, Guid TeacherStaffId, string LinkedBy, DateTimeOffset LinkedAt)
{
    public static StudentTeacherResponse From(StudentTeacher link) => new(link.StudentId, link.TeacherStaffId, link.LinkedBy, link.LinkedAt);
}
