namespace PartnershipHub.Contracts;

/// <summary>
/// An event that carries the whole current state of one aggregate. <see cref="Version"/> grows with every
/// change of that aggregate, so a consumer keeps the highest version it has seen and ignores older ones:
/// a late or reordered delivery can never overwrite newer state.
/// </summary>
public interface IVersionedEvent
{
    Guid AggregateId { get; }

    long Version { get; }
}
