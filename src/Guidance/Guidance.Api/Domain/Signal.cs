using PartnershipHub.Persistence.Conflicts;

namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// An early warning for the student's mentor, with its evidence and a link to what triggered it. Open and
/// acknowledged signals are "open": the database allows one per (student, rule, subject).
/// </summary>
public sealed class Signal
{
    public Guid Id { get; set; }

    public Guid StudentId { get; set; }

    public SignalRule Rule { get; set; }

    /// <summary>What the signal is about within the rule (a criterion key, a placement, a review), so one rule can raise several.</summary>
    public string Subject { get; set; } = "";

    public SignalStatus Status { get; set; }

    public string Evidence { get; set; } = "";

    /// <summary>A link (API path) to what triggered it.</summary>
    public string Link { get; set; } = "";

    public DateTimeOffset RaisedAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public string? ResolvedBy { get; set; }

    public string? Note { get; set; }

    public void Acknowledge(string by, string? note, DateTimeOffset now)
    {
        if (Status != SignalStatus.Open)
        {
            throw new ConflictException("signal-not-open", $"The signal is already {Status.ToString().ToLowerInvariant()}.");
        }

        if (note?.Length > 2000)
        {
            throw new ServiceDefaults.Errors.FieldValidationException("note", "At most 2000 characters.");
        }

        Status = SignalStatus.Acknowledged;
        AcknowledgedAt = now;
        AcknowledgedBy = by;
        Note = note ?? Note;
    }

    public void Resolve(string by, string note, DateTimeOffset now)
    {
        if (Status == SignalStatus.Resolved)
        {
            throw new ConflictException("signal-resolved", "The signal is already resolved.");
        }

        if (string.IsNullOrWhiteSpace(note) || note.Length > 2000)
        {
            throw new ServiceDefaults.Errors.FieldValidationException("note", "Say how it was resolved (at most 2000 characters).");
        }

        Status = SignalStatus.Resolved;
        ResolvedAt = now;
        ResolvedBy = by;
        Note = note.Trim();
    }
}
