namespace PartnershipHub.Internships.Features.Assignments;

public sealed record ReviewRequest(string? Note);
