using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Placements;

public sealed record PlacementResponse(
    Guid Id,
    Guid StudentId,
    string StudentName,
    Guid CompanyId,
    string CompanyName,
    Guid LocationId,
    Guid? TrainerId,
    Guid? TeacherStaffId,
    string Crebo,
    LearningRoute Route,
    Guid PeriodId,
    DateOnly StartDate,
    DateOnly EndDate,
    int PlannedHours,
    decimal ApprovedHours,
    PlacementStatus Status,
    IReadOnlyList<PlacementRisk> Risks,
    DateOnly? StartedOn,
    DateOnly? EndedOn,
    PlacementEndReason? EndReason,
    string? EndedByRole,
    DateTimeOffset? LastContactAt,
    int JointContacts,
    long Version,
    IReadOnlyList<string> AllowedTransitions,
    string StudentNumber = "")
{
    public static PlacementResponse From(Placement p, string studentName, decimal approvedHours, string studentNumber = "") => new(
        p.Id, p.StudentId, studentName, p.CompanyId, p.CompanyName, p.LocationId, p.TrainerId, p.TeacherStaffId, p.Crebo, p.Route,
        p.PeriodId, p.StartDate, p.EndDate, p.PlannedHours, approvedHours, p.Status, p.Risks, p.StartedOn, p.EndedOn, p.EndReason,
        p.EndedByRole, p.LastContactAt, p.JointContacts, p.Version, p.AllowedTransitions(), studentNumber);
}
