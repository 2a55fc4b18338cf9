namespace PartnershipHub.Identity.Features.Users;

public sealed record UserPage(IReadOnlyList<UserSummary> Items, int Page, int PageSize, int Total);
