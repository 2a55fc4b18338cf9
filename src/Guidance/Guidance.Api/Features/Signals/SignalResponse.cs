using PartnershipHub.Guidance.Domain;
namespace PartnershipHub.Guidance.Features.Signals;

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
    string? Note)
{
    public static SignalResponse From(Signal s) =>
        new(s.Id, s.StudentId, s.Rule, s.Subject, s.Status, s.Evidence, s.Link, s.RaisedAt, s.AcknowledgedAt, s.ResolvedAt, s.Note);
}
