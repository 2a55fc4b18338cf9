namespace PartnershipHub.Notifications.Domain;

/// <summary>
/// A praktijkopleider at one company (from Companies' trainer events). A signed-in trainer is matched by e-mail address
/// and company claim: one person training at two companies has two copies.
/// </summary>
public sealed class TrainerCopy
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Lower case; empty after erasure.</summary>
    public string Email { get; set; } = "";

    public bool Active { get; set; }

    public long Version { get; set; }
}
