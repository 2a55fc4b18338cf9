using System.Security.Claims;

namespace PartnershipHub.ServiceDefaults.Security;

public static class ClaimsPrincipalExtensions
{
    public static bool HasRole(this ClaimsPrincipal user, string role) =>
        user.HasClaim(ClaimNames.Role, role) || user.IsInRole(role);

    public static Guid? StudentId(this ClaimsPrincipal user) => ParseGuid(user.FindFirst(ClaimNames.StudentId)?.Value);

    public static Guid? StaffId(this ClaimsPrincipal user) => ParseGuid(user.FindFirst(ClaimNames.StaffId)?.Value);

    /// <summary>Every company this user trains for; empty for anyone who is not a trainer.</summary>
    public static IReadOnlySet<Guid> CompanyIds(this ClaimsPrincipal user) =>
        user.FindAll(ClaimNames.CompanyId)
            .Select(c => ParseGuid(c.Value))
            .OfType<Guid>()
            .ToHashSet();

    public static bool WorksFor(this ClaimsPrincipal user, Guid companyId) =>
        user.HasRole(Roles.Trainer) && user.CompanyIds().Contains(companyId);

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
