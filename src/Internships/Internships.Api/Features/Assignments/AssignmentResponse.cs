using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.Assignments;

public sealed record AssignmentResponse(
    Guid Id,
    Guid PlacementId,
    Guid StudentId,
    Guid CompanyId,
    string Title,
    string Description,
    IReadOnlyList<string> CriterionKeys,
    IReadOnlyList<string> WorkProcesses,
    DateOnly? DueDate,
    AssignmentStatus Status,
    string? Evidence,
    string? Reflection,
    string? Feedback,
    string? ReviewNote,
    long Version,
    IReadOnlyList<string> AllowedTransitions,
    IReadOnlyList<AssignmentStep> Steps,
    Guid? CorrectsId,
    Guid? CorrectedById)
{
    /// <param name="correctedById">The assignment that redoes this one, if any.</param>
    public static AssignmentResponse From(Assignment a, Guid? correctedById = null) => new(
        a.Id, a.PlacementId, a.StudentId, a.CompanyId, a.Title, a.Description, a.CriterionKeys, a.WorkProcesses, a.DueDate, a.Status,
        a.Evidence, a.Reflection, a.Feedback, a.ReviewNote, a.Version, a.AllowedTransitions(), a.Steps, a.CorrectsId, correctedById);
}
