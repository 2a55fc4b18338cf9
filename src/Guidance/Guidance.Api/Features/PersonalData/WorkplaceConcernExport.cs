using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.PersonalData;

/// <summary>A workplace concern about the student as stored: the trainer's words, the school's answer and its close note.</summary>
public sealed record WorkplaceConcernExport(
    Guid ConcernId,
    Guid PlacementId,
    string CompanyName,
    WorkplaceConcernKind Kind,
    WorkplaceConcernUrgency Urgency,
    string Text,
    string RaisedBy,
    string RaisedByName,
    DateTimeOffset RaisedAt,
    WorkplaceConcernStatus Status,
    string? Answer,
    string? AnsweredBy,
    DateTimeOffset? AnsweredAt,
    string? CloseNote,
    string? ClosedBy,
    DateTimeOffset? ClosedAt)
{
    public static WorkplaceConcernExport From(WorkplaceConcern c) =>
        new(c.Id, c.PlacementId, c.CompanyName, c.Kind, c.Urgency, c.Text, c.RaisedBy, c.RaisedByName, c.RaisedAt, c.Status,
            c.Answer, c.AnsweredBy, c.AnsweredAt, c.CloseNote, c.ClosedBy, c.ClosedAt);
}
