using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.PersonalData;

/// <summary>A signal about the student as stored, with who acknowledged and resolved it.</summary>
public sealed record SignalExport(
    Guid SignalId,
    SignalRule Rule,
    string Subject,
    SignalStatus Status,
    string Evidence,
    string Link,
    DateTimeOffset RaisedAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    DateTimeOffset? ResolvedAt,
    string? ResolvedBy,
    string? Note,
    string? EvidenceEnglish,
    bool Urgent,
    string? RaisedBy)
{
    public static SignalExport From(Signal s) =>
        new(s.Id, s.Rule, s.Subject, s.Status, s.Evidence, s.Link, s.RaisedAt, s.AcknowledgedAt, s.AcknowledgedBy, s.ResolvedAt, s.ResolvedBy, s.Note, s.EvidenceEnglish, s.Urgent, s.RaisedBy);
}
