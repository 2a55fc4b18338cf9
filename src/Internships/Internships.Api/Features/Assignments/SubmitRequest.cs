namespace PartnershipHub.Internships.Features.Assignments;

public sealed record SubmitRequest(string? Evidence, string? Reflection);
