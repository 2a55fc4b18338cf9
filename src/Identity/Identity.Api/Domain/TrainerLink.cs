namespace PartnershipHub.Identity.Domain;

/// <summary>One trainer record at one company (from the Companies service) that this account signs in for.</summary>
public sealed class TrainerLink
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public Guid UserId { get; set; }

    public Guid TrainerId { get; set; }

    public Guid CompanyId { get; set; }

    public bool Active { get; set; }

    /// <summary>The highest event version applied, so a late delivery cannot undo a newer one.</summary>
    public long Version { get; set; }

    public void Apply(Guid companyId, bool active, long version)
    {
        if (version < Version)
        {
            return;
        }

        CompanyId = companyId;
        Active = active;
        Version = version;
    }
}
