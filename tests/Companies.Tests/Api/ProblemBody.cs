namespace PartnershipHub.Companies.Tests.Api;

internal sealed record ProblemBody(int? Status, string? Title, string? Detail, Dictionary<string, string[]>? Errors);
