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

    /// <summary>What the signal rests on, in Dutch (see <see cref="SignalEvidence"/>).</summary>
    public string Evidence { get; set; } = "";

    /// <summary>The same in English; null for signals raised before evidence had two languages.</summary>
    public string? EvidenceEnglish { get; set; }

    /// <summary>
    /// Needs the mentor's attention today: the first months after enrolment, a safety concern, or a person who said so
    /// when raising it by hand. The caseload and the notifications put urgent signals first.
    /// </summary>
    public bool Urgent { get; set; }

    /// <summary>Who raised it by hand (staff id); null for signals the rules raised.</summary>
    public string? RaisedBy { get; set; }

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
