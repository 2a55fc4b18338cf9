namespace PartnershipHub.Identity.Features.Users;

public sealed record UserSummary(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    Guid? StudentId,
    Guid? StaffId,
    IReadOnlyList<Guid> CompanyIds,
    bool Active,
    bool LockedOut);
