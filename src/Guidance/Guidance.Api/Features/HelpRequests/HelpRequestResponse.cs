using PartnershipHub.Contracts;
using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.HelpRequests;

public sealed record HelpRequestResponse(
    Guid HelpRequestId,
    Guid StudentId,
    Guid? MentorStaffId,
    HelpRequestTopic Topic,
    HelpRequestKind Kind,
    string Text,
    bool Private,
    HelpRequestStatus Status,
    DateTimeOffset AskedAt,
    string? Answer,
    DateTimeOffset? ConversationAt,
    string? ConversationPlace,
    DateTimeOffset? FirstAnsweredAt,
    DateTimeOffset? AnsweredAt,
    string? AnsweredBy,
    string? ClosingNote,
    DateTimeOffset? ClosedAt,
    string? ClosedBy)
{
    public static HelpRequestResponse From(HelpRequest r) => new(
        r.Id, r.StudentId, r.MentorStaffId, r.Topic, r.Kind, r.Text, r.Private, r.Status, r.AskedAt, r.Answer, r.ConversationAt,
        r.ConversationPlace, r.FirstAnsweredAt, r.AnsweredAt, r.AnsweredBy, r.ClosingNote, r.ClosedAt, r.ClosedBy);
}
