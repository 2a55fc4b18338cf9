using PartnershipHub.Contracts;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// A student asks the school for help: a question or a conversation, about school work, the placement or something
/// personal, optionally private (only the student, their mentor and care staff read it). The mentor (or care) answers
/// or plans a conversation and closes it with what was done.
/// </summary>
public sealed class HelpRequest
{
    public const int MaxText = 2000;

    public const int MaxPlace = 200;

    /// <summary>A conversation is planned within this time of now; further ahead is a typing error.</summary>
    public static readonly TimeSpan MaxConversationAhead = TimeSpan.FromDays(92);

    private HelpRequest()
    {
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    /// <summary>The student's mentor when the request was asked: the one the coordinator's statistics count it for.</summary>
    public Guid? MentorStaffId { get; private set; }

    public HelpRequestTopic Topic { get; private set; }

    public HelpRequestKind Kind { get; private set; }

    public string Text { get; private set; } = "";

    public bool Private { get; private set; }

    public HelpRequestStatus Status { get; private set; }

    public DateTimeOffset AskedAt { get; private set; }

    public string? Answer { get; private set; }

    public DateTimeOffset? ConversationAt { get; private set; }

    public string? ConversationPlace { get; private set; }

    /// <summary>The first answer or planned conversation: what "time to first answer" measures.</summary>
    public DateTimeOffset? FirstAnsweredAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? AnsweredBy { get; private set; }

    public string? ClosingNote { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public static HelpRequest Ask(Guid id, Guid studentId, Guid? mentorStaffId, HelpRequestTopic topic, HelpRequestKind kind, string? text, bool isPrivate, DateTimeOffset now)
    {
        if (!Enum.IsDefined(topic))
        {
            throw new FieldValidationException("topic", "One of schoolWork, placement, personal.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new FieldValidationException("kind", "One of question, conversation.");
        }

        return new HelpRequest
        {
            Id = id,
            StudentId = studentId,
            MentorStaffId = mentorStaffId,
            Topic = topic,
            Kind = kind,
            Text = RequiredText(text, "text", "Say what you need help with"),
            Private = isPrivate,
            Status = HelpRequestStatus.Open,
            AskedAt = now,
        };
    }

    /// <summary>Answers (or answers again, replacing the previous answer) until the request is closed.</summary>
    public void AnswerWith(string? answer, string by, DateTimeOffset now)
    {
        EnsureNotClosed();
        Answer = RequiredText(answer, "answer", "Write the answer");
        Status = HelpRequestStatus.Answered;
        MarkAnswered(by, now);
    }

    /// <summary>Plans a conversation (or moves it) until the request is closed; the place is optional.</summary>
    public void PlanConversation(DateTimeOffset? at, string? place, string by, DateTimeOffset now)
    {
        EnsureNotClosed();
        if (at is not { } when || when == default)
        {
            throw new FieldValidationException("conversationAt", "When is the conversation?");
        }

        if (when < AskedAt.AddDays(-1) || when > now + MaxConversationAhead)
        {
            throw new FieldValidationException("conversationAt", "Between the day the question was asked and three months ahead.");
        }

        if (place?.Length > MaxPlace)
        {
            throw new FieldValidationException("conversationPlace", $"At most {MaxPlace} characters.");
        }

        ConversationAt = when;
        ConversationPlace = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        Status = HelpRequestStatus.ConversationPlanned;
        MarkAnswered(by, now);
    }

    /// <summary>Closes with what was done; only after an answer or a planned conversation, so the student always has one.</summary>
    public void Close(string? note, string by, DateTimeOffset now)
    {
        EnsureNotClosed();
        if (Status == HelpRequestStatus.Open)
        {
            throw new ConflictException("help-request-unanswered", "Answer the question or plan a conversation before closing it.");
        }

        ClosingNote = RequiredText(note, "note", "Say what was done");
        Status = HelpRequestStatus.Closed;
        ClosedAt = now;
        ClosedBy = by;
    }

    private void MarkAnswered(string by, DateTimeOffset now)
    {
        FirstAnsweredAt ??= now;
        AnsweredAt = now;
        AnsweredBy = by;
    }

    private void EnsureNotClosed()
    {
        if (Status == HelpRequestStatus.Closed)
        {
            throw new ConflictException("help-request-closed", "This help request is closed; the student can ask a new one.");
        }
    }

    private static string RequiredText(string? text, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > MaxText)
        {
            throw new FieldValidationException(field, $"{what} (at most {MaxText} characters).");
        }

        return text.Trim();
    }
}
