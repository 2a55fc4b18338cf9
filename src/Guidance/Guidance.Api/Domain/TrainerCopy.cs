using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Domain;

/// <summary>A workplace trainer's name, for the progress view (from Companies' TrainerRegistered).</summary>
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
}
