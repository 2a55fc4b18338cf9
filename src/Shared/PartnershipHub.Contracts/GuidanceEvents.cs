namespace PartnershipHub.Contracts;

// Published by the Guidance service. Events carry ids and facts (who, what kind, when, how urgent), never the free text
// people wrote: a trainer's concern may name colleagues, and the consumers (notifications, dashboards) need none of it.

/// <summary>What a workplace concern is about, as the trainer chose it.</summary>
public enum WorkplaceConcernKind
{
    Lateness,
    Conflict,
    Safety,
    Worried,
    Incident,
    Other,
}

public enum WorkplaceConcernUrgency
{
    Normal,
    Urgent,
}

/// <summary>
/// A workplace trainer raised a concern about a student placed at their company. <see cref="RaisedBy"/> is the trainer's
/// account (the token's subject).
/// </summary>
public sealed record WorkplaceConcernRaised(
    Guid ConcernId,
    Guid StudentId,
    Guid PlacementId,
    Guid CompanyId,
    WorkplaceConcernKind Kind,
    WorkplaceConcernUrgency Urgency,
    string RaisedBy,
    DateTimeOffset RaisedAt) : IntegrationEvent;

/// <summary>The school (the student's mentor or the placement's teacher, by staff id) answered the concern.</summary>
public sealed record WorkplaceConcernAnswered(
    Guid ConcernId,
    Guid StudentId,
    Guid PlacementId,
    Guid CompanyId,
    string AnsweredBy,
    DateTimeOffset AnsweredAt) : IntegrationEvent;

/// <summary>The school closed the concern (with a note of its own, which stays in Guidance).</summary>
public sealed record WorkplaceConcernClosed(
    Guid ConcernId,
    Guid StudentId,
    Guid PlacementId,
    Guid CompanyId,
    string ClosedBy,
    DateTimeOffset ClosedAt) : IntegrationEvent;
