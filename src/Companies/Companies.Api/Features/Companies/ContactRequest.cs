namespace PartnershipHub.Companies.Features.Companies;

public sealed record ContactRequest(string? Name, string? Email, string? Phone);
