namespace PartnershipHub.Portal.Api;

// Identity's admin API (/api/users): accounts as operators and coordinators see them, and the staff-account import.

/// <summary>
/// One account. <see cref="InvitationPending"/>: the account has no password and no external sign-in yet, so the
/// invitation mail is still the only way in.
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

public sealed record UserPage(IReadOnlyList<UserSummary> Items, int Page, int PageSize, int Total);

/// <summary>A new staff account; Identity issues the staff id and sends the invitation in <see cref="Language"/>.</summary>
public sealed record CreateStaffAccountRequest(string Email, string DisplayName, IReadOnlyList<string> Roles, string? EmployeeNumber, string? Language);

/// <summary>The complete list of roles an account gets; the staff id only confirms the account's own (never chosen here).</summary>
public sealed record AssignRolesRequest(IReadOnlyList<string> Roles, Guid? StaffId);

public sealed record StaffImportReport(int Total, int Created, int Updated, int Unchanged, int Rejected, IReadOnlyList<StaffImportRow> Rows);

/// <summary>One row of an import: <see cref="Outcome"/> is <c>created</c>, <c>updated</c>, <c>unchanged</c> or <c>rejected</c>.</summary>
public sealed record StaffImportRow(int Line, string? Email, string Outcome, Guid? UserId, IReadOnlyDictionary<string, string[]>? Errors);
