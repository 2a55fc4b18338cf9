namespace PartnershipHub.Identity.Domain;

/// <summary>
/// A trainer who left a company before this service heard they had joined it: events can arrive out of order, and
/// without this record the late <c>TrainerRegistered</c> would open an account for someone who has already left.
/// </summary>
public sealed class TrainerDeparture
{
    public Guid TrainerId { get; set; }

    public Guid CompanyId { get; set; }

    /// <summary>The version of the <c>TrainerDeactivated</c> event; a registration with a higher version is a return.</summary>
    public long Version { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
