namespace PartnershipHub.Internships.Features.Assignments;

public sealed record FeedbackRequest(string? Feedback);
