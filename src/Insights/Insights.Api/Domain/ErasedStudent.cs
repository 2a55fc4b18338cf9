namespace PartnershipHub.Insights.Domain;

/// <summary>
/// A student whose data was erased: every fact about them is gone, and this tombstone (their id alone) stops a late
/// event from bringing them back into an aggregate.
/// </summary>
public sealed class ErasedStudent
{
    public Guid Id { get; set; }

    public DateTimeOffset ErasedAt { get; set; }
}
