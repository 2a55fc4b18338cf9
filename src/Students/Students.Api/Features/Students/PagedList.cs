namespace PartnershipHub.Students.Features.Students;

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
