namespace PartnershipHub.Internships.Domain;

/// <summary>What a teacher writes in an assignment draft.</summary>
public sealed record AssignmentContent(
    string? Title,
    string? Description,
    IReadOnlyList<string?>? CriterionKeys,
    IReadOnlyList<string?>? WorkProcesses,
    DateOnly? DueDate);
