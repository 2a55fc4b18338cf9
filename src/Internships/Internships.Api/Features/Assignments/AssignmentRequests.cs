namespace PartnershipHub.Internships.Features.Assignments;

public sealed record AssignmentRequest(string? Title, string? Description, List<string>? CriterionKeys, List<string>? WorkProcesses, DateOnly? DueDate);

public sealed record CommentRequest(string? Comment);

public sealed record SubmitRequest(string? Evidence, string? Reflection);

public sealed record FeedbackRequest(string? Feedback);

public sealed record ReviewRequest(string? Note);
