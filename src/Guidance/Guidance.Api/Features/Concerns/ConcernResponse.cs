using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Concerns;

/// <summary>
/// A concern as the caller may see it: <see cref="CloseNote"/> and <see cref="ClosedBy"/> are null for trainers (the
/// school's own record); <see cref="CanAnswer"/> says whether this caller may answer and close it.
/// </summary>
public sealed record ConcernResponse(
    Guid ConcernId,
    Guid StudentId,
    Guid PlacementId,
    string CompanyName,
    WorkplaceConcernKind Kind,
    WorkplaceConcernUrgency Urgency,
    bool Urgent,
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
    DateTimeOffset? ClosedAt,
    bool CanAnswer)
{
    public static ConcernResponse ForSchool(WorkplaceConcern c, bool canAnswer) =>
        new(c.Id, c.StudentId, c.PlacementId, c.CompanyName, c.Kind, c.Urgency, c.IsUrgent, c.Text, c.RaisedBy, c.RaisedByName, c.RaisedAt,
            c.Status, c.Answer, c.AnsweredBy, c.AnsweredAt, c.CloseNote, c.ClosedBy, c.ClosedAt, canAnswer);

    public static ConcernResponse ForTrainer(WorkplaceConcern c) =>
        new(c.Id, c.StudentId, c.PlacementId, c.CompanyName, c.Kind, c.Urgency, c.IsUrgent, c.Text, c.RaisedBy, c.RaisedByName, c.RaisedAt,
            c.Status, c.Answer, c.AnsweredBy, c.AnsweredAt, null, null, c.ClosedAt, false);
}
