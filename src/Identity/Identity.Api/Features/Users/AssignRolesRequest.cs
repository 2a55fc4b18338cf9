namespace PartnershipHub.Identity.Features.Users;

/// <summary>
/// The complete set of roles the user should have. <see cref="StaffId"/> may be left out; when given it must be the
/// account's own staff id (staff ids are issued by Identity with a staff account, never chosen by the caller).
/// </summary>
public sealed record AssignRolesRequest(IReadOnlyList<string>? Roles, Guid? StaffId);
