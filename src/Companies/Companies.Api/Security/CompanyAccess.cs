using System.Security.Claims;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Companies.Security;

/// <summary>The relationship half of authorisation; route groups already checked the role.</summary>
public static class CompanyAccess
{
    /// <summary>The claim Identity puts a user's e-mail address in; a trainer's record is matched on it.</summary>
    public const string EmailClaim = "email";

    public static bool IsCoordinator(this ClaimsPrincipal user) => user.HasRole(Roles.Coordinator);

    /// <summary>School staff read every company; a trainer reads only the companies they work for.</summary>
    public static bool CanRead(this ClaimsPrincipal user, Guid companyId) =>
        Roles.Staff.Any(user.HasRole) || user.WorksFor(companyId);

    public static string? Email(this ClaimsPrincipal user) => user.FindFirst(EmailClaim)?.Value.Trim().ToLowerInvariant();
}
