using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;
using PartnershipHub.Internships.Features.Assignments;
using PartnershipHub.Internships.Features.Contacts;

namespace PartnershipHub.Internships.Features.PersonalData;

/// <summary>One placement with everything hanging off it: agreement, hours, assignments and contact moments.</summary>
public sealed record PlacementExport(
    Guid Id,
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
    PlacementStatus Status,
    IReadOnlyList<PlacementRisk> Risks,
    DateOnly? StartedOn,
    DateOnly? EndedOn,
    PlacementEndReason? EndReason,
    string? EndedByRole,
    string? EndNote,
    Guid? MatchingRunId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastContactAt,
    int JointContacts,
    AgreementExport Agreement,
    IReadOnlyList<HoursEntryExport> Hours,
    IReadOnlyList<AssignmentResponse> Assignments,
    IReadOnlyList<ContactResponse> Contacts)
{
    public static PlacementExport From(
        Placement p, bool studentIsMinor, GuardianLinkExport? guardianLink, IReadOnlyList<AgreementDocumentExport> documents,
        IReadOnlyList<HoursEntryExport> hours, IReadOnlyList<AssignmentResponse> assignments, IReadOnlyList<ContactResponse> contacts) => new(
        p.Id, p.CompanyId, p.CompanyName, p.LocationId, p.TrainerId, p.TeacherStaffId, p.Crebo, p.Route, p.PeriodId, p.StartDate, p.EndDate,
        p.PlannedHours, p.Status, p.Risks, p.StartedOn, p.EndedOn, p.EndReason, p.EndedByRole, p.EndNote, p.MatchingRunId, p.CreatedAt,
        p.LastContactAt, p.JointContacts, new AgreementExport(p.Signatures, p.MissingSignatures(studentIsMinor), guardianLink, documents), hours, assignments, contacts);
}
