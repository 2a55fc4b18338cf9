namespace PartnershipHub.Companies.Companies;

public sealed record ContactRequest(string? Name, string? Email, string? Phone);
