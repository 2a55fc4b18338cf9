namespace PartnershipHub.Companies.Tests.Api;

/// <summary>A ProblemDetails body; <see cref="Rule"/> names the rule behind a 409.</summary>
internal sealed record ProblemBody(int? Status, string? Title, string? Detail, Dictionary<string, string[]>? Errors, string? Rule = null);
