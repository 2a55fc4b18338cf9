namespace PartnershipHub.Companies.Features.Companies;

public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);
