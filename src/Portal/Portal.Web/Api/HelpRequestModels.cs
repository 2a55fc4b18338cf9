namespace PartnershipHub.Portal.Api;

// Guidance's help requests (docs/guidance-service.md): topics schoolWork | placement | personal, kinds question |
// conversation, statuses open | answered | conversationPlanned | closed, as camelCase strings.
public sealed record HelpRequest(
    Guid HelpRequestId, Guid StudentId, Guid? MentorStaffId, string Topic, string Kind, string Text, bool Private, string Status,
    DateTimeOffset AskedAt, string? Answer, DateTimeOffset? ConversationAt, string? ConversationPlace, DateTimeOffset? FirstAnsweredAt,
    DateTimeOffset? AnsweredAt, string? AnsweredBy, string? ClosingNote, DateTimeOffset? ClosedAt, string? ClosedBy);

public sealed record AskHelpRequest(string? Topic, string? Kind, string? Text, bool Private);

public sealed record AnswerHelpRequest(string? Answer);

public sealed record PlanConversationRequest(DateTimeOffset? ConversationAt, string? ConversationPlace);

public sealed record CloseHelpRequest(string? Note);

public sealed record HelpRequestStatistics(DateOnly From, DateOnly To, IReadOnlyList<MentorHelpRequestStatistics> Mentors, MentorHelpRequestStatistics Total);

public sealed record MentorHelpRequestStatistics(
    Guid? MentorStaffId, int Asked, int Open, int Answered, int Closed, double? MedianHoursToFirstAnswer, double? P90HoursToFirstAnswer);
