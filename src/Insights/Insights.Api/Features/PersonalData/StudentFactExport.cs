using PartnershipHub.Contracts;
using PartnershipHub.Insights.Domain;

namespace PartnershipHub.Insights.Features.PersonalData;

/// <summary>Insights' facts about the student (no name or number: it keeps none), as Students' events left them.</summary>
public sealed record StudentFactExport(
    Guid Id,
    string Crebo,
    string QualificationName,
    int Level,
    LearningRoute Route,
    string? Team,
    string Cohort,
    DateOnly EnrolmentStart,
    DateOnly ExpectedEnd,
    StudentStatus Status,
    DateOnly? LeftOn,
    LeavingReason? LeavingReason,
    ProgressionWish? ProgressionWish,
    DateOnly? IntakeDate,
    Guid? MentorStaffId)
{
    public static StudentFactExport From(StudentFact s) =>
        new(s.Id, s.Crebo, s.QualificationName, s.Level, s.Route, s.Team, s.Cohort, s.EnrolmentStart, s.ExpectedEnd, s.Status,
            s.LeftOn, s.LeavingReason, s.ProgressionWish, s.IntakeDate, s.MentorStaffId);
}
