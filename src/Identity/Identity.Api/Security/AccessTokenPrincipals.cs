using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PartnershipHub.Identity.Domain;
using PartnershipHub.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PartnershipHub.Identity.Security;

/// <summary>
/// Builds what a token says about a user, always from the current account: a refresh picks up changed roles and
/// companies. The audiences follow the API scopes granted, so each API only accepts tokens meant for it.
/// </summary>
public sealed class AccessTokenPrincipals(UserManager<ApplicationUser> users)
{
    public async Task<ClaimsPrincipal> ForUserAsync(ApplicationUser user, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)])
            .SetClaims(ClaimNames.CompanyId, [.. user.ActiveCompanyIds.Select(id => id.ToString())]);
        if (user.StudentId is { } studentId)
        {
            identity.SetClaim(ClaimNames.StudentId, studentId.ToString());
        }

        if (user.StaffId is { } staffId)
        {
            identity.SetClaim(ClaimNames.StaffId, staffId.ToString());
        }

        return Finish(identity, scopes);
    }

    /// <summary>A service calling another service: the client itself is the subject, with no user roles.</summary>
    public static ClaimsPrincipal ForClient(string clientId, string? displayName, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId).SetClaim(Claims.Name, displayName ?? clientId);
        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity() =>
        new(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        var granted = scopes.ToList();
        identity.SetScopes(granted);
        identity.SetResources(ApiScopes.AudiencesFor(granted));
        identity.SetDestinations(claim => DestinationsOf(claim, granted));
        return new ClaimsPrincipal(identity);
    }

    private static IEnumerable<string> DestinationsOf(Claim claim, IReadOnlyCollection<string> scopes) => claim.Type switch
    {
        // The identity token tells the portal who signed in; the access token carries everything the APIs check.
        Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Name when scopes.Contains(Scopes.Profile) => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Email when scopes.Contains(Scopes.Email) => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Email => [],
        Claims.Role when scopes.Contains(Scopes.Roles) => [Destinations.AccessToken, Destinations.IdentityToken],
        _ => [Destinations.AccessToken],
    };
}
