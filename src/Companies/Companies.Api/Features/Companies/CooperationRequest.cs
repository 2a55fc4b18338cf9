namespace PartnershipHub.Companies.Features.Companies;

/// <summary>How the company likes to work with the school; offers are slugs such as <c>close-supervision</c>.</summary>
public sealed record CooperationRequest(string? ContactFrequency, string? WhoToCall, string? Notes, IReadOnlyList<string?>? Offers);
