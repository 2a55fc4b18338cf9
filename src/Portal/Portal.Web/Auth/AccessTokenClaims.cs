using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using PartnershipHub.ServiceDefaults.Security;

namespace PartnershipHub.Portal.Auth;

/// <summary>
/// Identity puts the ids the portal needs to know whose pages to show (student, staff member, companies) only in the
/// access token. The portal got that token straight from the token endpoint over the back channel, so it reads them
/// from its payload; the APIs validate the token itself.
/// </summary>
public static class AccessTokenClaims
{
    private static readonly string[] Copied = [ClaimNames.StudentId, ClaimNames.StaffId, ClaimNames.CompanyId];

    public static Task CopyIntoIdentityAsync(TokenValidatedContext context)
    {
        if (context.Principal?.Identity is ClaimsIdentity identity && context.TokenEndpointResponse?.AccessToken is { } token)
        {
            foreach (var claim in Read(token).Where(claim => !identity.HasClaim(claim.Type, claim.Value)))
            {
                identity.AddClaim(claim);
            }
        }

        return Task.CompletedTask;
    }

    public static IEnumerable<Claim> Read(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length < 2)
        {
            yield break;
        }

        using var payload = JsonDocument.Parse(Base64UrlDecode(parts[1]));
        foreach (var name in Copied)
        {
            if (!payload.RootElement.TryGetProperty(name, out var value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    yield return new Claim(name, item.GetString() ?? "");
                }
            }
            else
            {
                yield return new Claim(name, value.GetString() ?? "");
            }
        }
    }

    private static string Base64UrlDecode(string value)
    {
        var padded = value.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", _ => "" };
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}
