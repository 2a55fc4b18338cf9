namespace PartnershipHub.Identity.Domain;

/// <summary>
/// When to make a new key and how long to keep old ones. The newest key signs; a key older than
/// <see cref="Lifetime"/> is replaced at the next start; a replaced key stays published for one more lifetime, so
/// tokens it signed (and refresh tokens it protected) keep working until they expire.
/// </summary>
public sealed record KeyRotationPolicy(TimeSpan Lifetime)
{
    public bool NeedsNewKey(IReadOnlyCollection<SigningKey> keys, DateTimeOffset now) =>
        keys.Count == 0 || now - keys.Max(k => k.CreatedAt) >= Lifetime;

    /// <summary>The keys to load, newest (the one that signs) first.</summary>
    public IReadOnlyList<SigningKey> KeysInUse(IReadOnlyCollection<SigningKey> keys, DateTimeOffset now)
    {
        var newestFirst = keys.OrderByDescending(k => k.CreatedAt).ToList();
        return [.. newestFirst.Take(1), .. newestFirst.Skip(1).Where(k => now - k.CreatedAt < 2 * Lifetime)];
    }
}
