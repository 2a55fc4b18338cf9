namespace PartnershipHub.Identity.Users;

/// <summary>The complete set of roles the user should have; <see cref="StaffId"/> is needed for a staff role the user lacks one for.</summary>
public sealed record AssignRolesRequest(IReadOnlyList<string>? Roles, Guid? StaffId);
