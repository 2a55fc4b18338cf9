namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// The progress view of one student, precomputed as one jsonb document by every change that affects it, so the
/// read is one primary-key lookup. Time-dependent parts (hours planned to date, review overdue) are worked out on read.
/// </summary>
public sealed class ProgressDocument
{
    public Guid StudentId { get; set; }

    public string Document { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }
}
