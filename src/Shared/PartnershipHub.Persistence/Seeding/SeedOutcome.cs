namespace PartnershipHub.Persistence.Seeding;

public enum SeedOutcome
{
    /// <summary>Everything the seed adds is there (added now or found).</summary>
    Done,

    /// <summary>Other services' data has not arrived yet: ask again later.</summary>
    NotReady,
}
