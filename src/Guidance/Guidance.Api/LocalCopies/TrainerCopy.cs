namespace PartnershipHub.Guidance.LocalCopies;

/// <summary>A workplace trainer's name, for the progress view (from Companies' TrainerRegistered).</summary>
public sealed class TrainerCopy
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public string Name { get; set; } = "";

    public long Version { get; set; }
}
