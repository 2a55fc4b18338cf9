namespace PartnershipHub.Internships.Features.Assignments;

public sealed record AssignmentRequest(string? Title, string? Description, List<string?>? CriterionKeys, List<string?>? WorkProcesses, DateOnly? DueDate);
