namespace PartnershipHub.Persistence.Seeding;

public enum SeedKind
{
    /// <summary>Needed in every environment (roles, the default framework).</summary>
    Reference,

    /// <summary>Demo people and records with a published password: only when demo data is requested, in Development.</summary>
    Demo,
}
