namespace PartnershipHub.Internships.Features.Agreements;

/// <summary>The token from the mailed link, in the body so it never lands in a URL, a log line or a trace.</summary>
public sealed record GuardianTokenRequest(string? Token);
