using PartnershipHub.Guidance.Domain;
namespace PartnershipHub.Guidance.Features.Signals;

/// <summary>
/// A signal as readers see it. <see cref="Evidence"/> is Dutch, <see cref="EvidenceEnglish"/> English (null for signals
/// raised before evidence had two languages: show the rule's name instead of mixing languages).
/// </summary>
public sealed record SignalResponse(
    Guid SignalId,
    Guid StudentId,
    SignalRule Rule,
    string Subject,
    SignalStatus Status,
    string Evidence,
    string Link,
    DateTimeOffset RaisedAt,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? ResolvedAt,
    string? Note,
    string? EvidenceEnglish = null,
    bool Urgent = false,
    string? RaisedBy = null)
{
    public static SignalResponse From(Signal s) =>
        new(s.Id, s.StudentId, s.Rule, s.Subject, s.Status, s.Evidence, s.Link, s.RaisedAt, s.AcknowledgedAt, s.ResolvedAt, s.Note, s.EvidenceEnglish, s.Urgent, s.RaisedBy);
}
