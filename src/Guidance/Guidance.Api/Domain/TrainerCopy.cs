using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Domain;

/// <summary>A workplace trainer's name, for the progress view (from Companies' TrainerRegistered; blanked by TrainerErased).</summary>
public sealed class TrainerCopy
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public string Name { get; set; } = "";

    public long Version { get; set; }

    /// <summary>Takes the trainer's details when newer than the copy; false for a late or repeated event.</summary>
    public bool Apply(TrainerRegistered e)
    {
        if (e.Version <= Version)
        {
            return false;
        }

        CompanyId = e.CompanyId;
        Name = e.Name;
        Version = e.Version;
        return true;
    }

    /// <summary>
    /// Forgets the name when the erasure is newer than the copy; false for a late or repeated event. The erasure carries
    /// the last version Companies gives the trainer, so no registration can fill the name in again.
    /// </summary>
    public bool Apply(TrainerErased e)
    {
        if (e.Version <= Version)
        {
            return false;
        }

        CompanyId = e.CompanyId;
        Name = "";
        Version = e.Version;
        return true;
    }
}
