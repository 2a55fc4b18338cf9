using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.PersonalData;

/// <summary>Guidance's copy of the student, as Students' events left it.</summary>
public sealed record StudentCopyExport(
    Guid Id,
    string? StudentNumber,
    string? FirstName,
    string? LastName,
    string? Cohort,
    StudentStatus Status,
    Guid? EnrolmentId,
    string? Crebo,
    string? QualificationName,
    int? Level,
    LearningRoute? Route,
    DateOnly? EnrolmentStart,
    DateOnly? ExpectedEnd,
    Guid? MentorStaffId,
    DateOnly? IntakeDate,
    NeedsSummary? Needs,
    ProgressionWish? ProgressionWish)
{
    public static StudentCopyExport From(StudentCopy s) => new(
        s.Id, s.StudentNumber, s.FirstName, s.LastName, s.Cohort, s.Status, s.EnrolmentId, s.Crebo, s.QualificationName, s.Level, s.Route,
        s.EnrolmentStart, s.ExpectedEnd, s.MentorStaffId, s.IntakeDate, s.Needs, s.ProgressionWish);
}
