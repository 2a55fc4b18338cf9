using System.IdentityModel.Tokens.Jwt;
using System.Net;

namespace PartnershipHub.Identity.Tests.Infrastructure;

public sealed record TokenResponse(HttpStatusCode Status, string? AccessToken, string? RefreshToken, string? IdToken, string? Error, string Body)
{
    public JwtSecurityToken Jwt => new JwtSecurityTokenHandler().ReadJwtToken(AccessToken);
}
