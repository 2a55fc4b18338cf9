using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using PartnershipHub.Identity.Domain;
using PartnershipHub.Identity.Infrastructure;

namespace PartnershipHub.Identity.Security;

/// <summary>
/// Loads the server's RSA keys from the database, creating (rotating) one when the policy says so. Keys live in
/// the database rather than on disk so every replica signs with the same key and a restart changes nothing.
/// </summary>
public sealed class KeyStore(IServiceScopeFactory scopes, TimeProvider time, KeyRotationPolicy policy)
{
    // Replicas starting together would each make a key and publish only their own: a token signed by one would fail
    // against the other's key set. One at a time, the second finds the first one's key.
    private const long KeyCreationLock = 0x5048_4B45_5953; // "PHKEYS"

    public IReadOnlyList<RsaSecurityKey> LoadOrCreate(string use)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var now = time.GetUtcNow();

        using var transaction = db.Database.BeginTransaction();
        db.Database.ExecuteSql($"SELECT pg_advisory_xact_lock({KeyCreationLock})");
        var keys = db.SigningKeys.Where(k => k.Use == use).ToList();
        if (policy.NeedsNewKey(keys, now))
        {
            using var rsa = RSA.Create(2048);
            var key = new SigningKey { Id = Guid.CreateVersion7(now), Use = use, PrivateKeyPem = rsa.ExportPkcs8PrivateKeyPem(), CreatedAt = now };
            db.SigningKeys.Add(key);
            db.SaveChanges();
            keys.Add(key);
        }

        transaction.Commit();

        return [.. policy.KeysInUse(keys, now).Select(ToSecurityKey)];
    }

    private static RsaSecurityKey ToSecurityKey(SigningKey key)
    {
        // Not disposed: the security key keeps using it for the life of the process.
        var rsa = RSA.Create();
        rsa.ImportFromPem(key.PrivateKeyPem);
        return new RsaSecurityKey(rsa) { KeyId = key.Id.ToString("N") };
    }
}
