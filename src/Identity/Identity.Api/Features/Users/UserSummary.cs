namespace PartnershipHub.Identity.Features.Users;

/// <summary>
/// An account as the admin API shows it. <see cref="InvitationPending"/>: the account has neither a password nor an
/// external login yet, so its invitation is not used (resend it); <see cref="Language"/> is <c>nl</c> or <c>en</c>.
/// </summary>
public sealed record UserSummary(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    Guid? StudentId,
    Guid? StaffId,
    IReadOnlyList<Guid> CompanyIds,
    bool Active,
    bool LockedOut,
    string? EmployeeNumber,
    string Language,
    bool InvitationPending);
