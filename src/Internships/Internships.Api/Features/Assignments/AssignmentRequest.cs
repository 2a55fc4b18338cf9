namespace PartnershipHub.Internships.Features.Assignments;

/// <summary>An assignment's content; <see cref="CorrectsId"/> (on drafting only) names the signed-off assignment this one redoes.</summary>
public sealed record AssignmentRequest(string? Title, string? Description, List<string?>? CriterionKeys, List<string?>? WorkProcesses, DateOnly? DueDate, Guid? CorrectsId = null);
