namespace PartnershipHub.Contracts;

// Published by the Guidance service. Ids and facts only: never the text of a help request, an answer or a closing
// note (a private help request is for the student's mentor and care staff alone).

/// <summary>What a student's help request is about.</summary>
public enum HelpRequestTopic
{
    SchoolWork,
    Placement,
    Personal,
}

/// <summary>Whether the student wants an answer or a conversation.</summary>
public enum HelpRequestKind
{
    Question,
    Conversation,
}

/// <summary>A student asked the school for help; <c>MentorStaffId</c> is the student's mentor when asked (null: none yet).</summary>
public sealed record HelpRequestAsked(
    Guid HelpRequestId,
    Guid StudentId,
    Guid? MentorStaffId,
    HelpRequestTopic Topic,
    HelpRequestKind Kind,
    bool Private,
    DateTimeOffset AskedAt) : IntegrationEvent;

/// <summary>The school answered, or planned a conversation (<c>ConversationPlannedAt</c>: when it will be held).</summary>
public sealed record HelpRequestAnswered(
    Guid HelpRequestId,
    Guid StudentId,
    Guid? MentorStaffId,
    HelpRequestTopic Topic,
    HelpRequestKind Kind,
    bool Private,
    string AnsweredBy,
    DateTimeOffset AnsweredAt,
    DateTimeOffset? ConversationPlannedAt) : IntegrationEvent;

/// <summary>The help request was closed with what was done (the note itself stays in Guidance).</summary>
public sealed record HelpRequestClosed(
    Guid HelpRequestId,
    Guid StudentId,
    Guid? MentorStaffId,
    HelpRequestTopic Topic,
    HelpRequestKind Kind,
    bool Private,
    string ClosedBy,
    DateTimeOffset ClosedAt) : IntegrationEvent;
