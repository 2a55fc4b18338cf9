using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using PartnershipHub.Identity.Domain;

namespace PartnershipHub.Identity.Security;

/// <summary>
/// Hands OpenIddict the persisted keys. Options are built on the first request, after start-up has migrated the
/// database, so the keys can come from it.
/// </summary>
internal sealed class ConfigureServerKeys(KeyStore keys) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        foreach (var key in keys.LoadOrCreate(SigningKey.Signing))
        {
            options.SigningCredentials.Add(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        }

        foreach (var key in keys.LoadOrCreate(SigningKey.Encryption))
        {
            options.EncryptionCredentials.Add(
                new EncryptingCredentials(key, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        }
    }
}
