namespace PartnershipHub.Contracts;

/// <summary>
/// An event that carries the current state of one aggregate. <see cref="Version"/> grows with every change of
/// that aggregate, so a consumer keeps the highest version it has applied and ignores older ones: a late or
/// reordered delivery can never overwrite newer state.
/// </summary>
public interface IVersionedEvent
{
    long Version { get; }
}
