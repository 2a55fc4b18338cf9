using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Domain;

/// <summary>A school–company contact moment of a placement (for the no-contact rule).</summary>
public sealed class ContactCopy
{
    public Guid Id { get; set; }

    public Guid PlacementId { get; set; }

    public Guid StudentId { get; set; }

    public ContactKind Kind { get; set; }

    public DateTimeOffset ContactedAt { get; set; }

    public bool Joint { get; set; }
}
