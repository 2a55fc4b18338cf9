namespace PartnershipHub.Internships.Features.Assignments;

public sealed record CommentRequest(string? Comment);
