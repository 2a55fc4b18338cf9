using System.Security.Claims;
using System.Text.Json;
using Duende.IdentityModel.OidcClient;
using Duende.IdentityModel.OidcClient.Results;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipHub.Identity.Tests.Infrastructure;

/// <summary>
/// OidcClient 7 leaves the identity token's signature to a pluggable validator (its JWT one ships in a package this
/// package source lacks). This one checks what OIDC Core 3.1.3.7 asks, with only what OidcClient itself loaded: the
/// keys from the discovery document's <c>jwks_uri</c>, its issuer, the client id, OidcClient's allowed algorithms
/// and clock skew. OidcClient then checks <c>at_hash</c> with the algorithm answered here.
/// </summary>
public sealed class JwksIdentityTokenValidator : IIdentityTokenValidator
{
    public async Task<IdentityTokenValidationResult> ValidateAsync(string identityToken, OidcClientOptions options, CancellationToken cancellationToken = default)
    {
        var provider = options.ProviderInformation;
        var keys = provider.KeySet.Keys.Select(key => new JsonWebKey(JsonSerializer.Serialize(key))).ToList();
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = provider.IssuerName,
            ValidateIssuer = options.Policy.ValidateTokenIssuerName,
            ValidAudience = options.ClientId,
            IssuerSigningKeys = keys,
            ValidAlgorithms = options.Policy.ValidSignatureAlgorithms,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = options.ClockSkew,
            NameClaimType = "name",
            RoleClaimType = "role",
        };

        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(identityToken, parameters);
        if (!result.IsValid)
        {
            return new IdentityTokenValidationResult
            {
                Error = result.Exception is SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException ? "invalid_signature" : "invalid_token",
                ErrorDescription = result.Exception?.Message,
            };
        }

        var token = (JsonWebToken)result.SecurityToken;
        return new IdentityTokenValidationResult
        {
            SignatureAlgorithm = token.Alg,
            User = new ClaimsPrincipal(result.ClaimsIdentity),
        };
    }
}
