using PartnershipHub.Contracts;

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

    public bool Apply(TrainerRegistered e)
    {
        if (e.Version <= Version)
        {
            return false;
        }

        CompanyId = e.CompanyId;
        Name = e.Name;
        Email = e.Email.Trim().ToLowerInvariant();
        Active = true;
        Version = e.Version;
        return true;
    }

    public bool Apply(TrainerDeactivated e)
    {
        if (e.Version <= Version)
        {
            return false;
        }

        CompanyId = e.CompanyId;
        Active = false;
        Version = e.Version;
        return true;
    }

    /// <summary>Name and address forgotten; the id stays so open items move on by escalation. No later event follows.</summary>
    public bool Apply(TrainerErased e)
    {
        CompanyId = e.CompanyId;
        Name = "";
        Email = "";
        Active = false;
        Version = Math.Max(Version, e.Version);
        return true;
    }
}
