using PartnershipHub.Contracts;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// "Something is wrong" from the workplace: a trainer's concern about a student placed at their company now, answered by
/// the school (the student's mentor or the placement's teacher) and closed with the school's own note. The trainer reads
/// the answer; the close note stays with the school.
/// </summary>
public sealed class WorkplaceConcern
{
    public const int MaxText = 2000;

    private WorkplaceConcern()
    {
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    public Guid PlacementId { get; private set; }

    public Guid CompanyId { get; private set; }

    /// <summary>As the placement copy named the company when the concern was raised.</summary>
    public string CompanyName { get; private set; } = "";

    public WorkplaceConcernKind Kind { get; private set; }

    public WorkplaceConcernUrgency Urgency { get; private set; }

    public string Text { get; private set; } = "";

    /// <summary>The trainer's account (token subject).</summary>
    public string RaisedBy { get; private set; } = "";

    /// <summary>The trainer's name from the token, so the school knows whom to call back.</summary>
    public string RaisedByName { get; private set; } = "";

    public DateTimeOffset RaisedAt { get; private set; }

    public WorkplaceConcernStatus Status { get; private set; }

    public string? Answer { get; private set; }

    public string? AnsweredBy { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? CloseNote { get; private set; }

    public string? ClosedBy { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Optimistic concurrency: two answers at once, one wins and the other is a 409.</summary>
    public int Version { get; private set; }

    /// <summary>Urgent by the trainer's choice, or by its kind: safety and incidents always reach the mentor at once.</summary>
    public bool IsUrgent => Urgency == WorkplaceConcernUrgency.Urgent || Kind is WorkplaceConcernKind.Safety or WorkplaceConcernKind.Incident;

    public static WorkplaceConcern Raise(
        Guid id, PlacementCopy placement, WorkplaceConcernKind? kind, WorkplaceConcernUrgency? urgency, string? text, string raisedBy, string raisedByName, DateTimeOffset now)
    {
        if (kind is not { } chosenKind || !Enum.IsDefined(chosenKind))
        {
            throw new FieldValidationException("kind", "Choose what the concern is about: lateness, conflict, safety, worried, incident or other.");
        }

        if (urgency is { } chosenUrgency && !Enum.IsDefined(chosenUrgency))
        {
            throw new FieldValidationException("urgency", "normal or urgent.");
        }

        if (!placement.IsCurrent)
        {
            throw new ConflictException("placement-not-current", "Concerns are raised about a placement that is signed or active, not one that ended or is only proposed.");
        }

        return new WorkplaceConcern
        {
            Id = id,
            StudentId = placement.StudentId,
            PlacementId = placement.Id,
            CompanyId = placement.CompanyId,
            CompanyName = placement.CompanyName,
            Kind = chosenKind,
            Urgency = urgency ?? WorkplaceConcernUrgency.Normal,
            Text = RequiredText(text, "text", "Say what happened or what worries you"),
            RaisedBy = raisedBy,
            RaisedByName = raisedByName.Length > 200 ? raisedByName[..200] : raisedByName,
            RaisedAt = now,
            Status = WorkplaceConcernStatus.Open,
        };
    }

    public void AnswerWith(string? answer, string by, DateTimeOffset now)
    {
        if (Status == WorkplaceConcernStatus.Closed)
        {
            throw new ConflictException("concern-closed", "The concern is closed.");
        }

        if (Status == WorkplaceConcernStatus.Answered)
        {
            throw new ConflictException("concern-answered", "The concern was answered already; close it with a note of what was done.");
        }

        Answer = RequiredText(answer, "answer", "Write the school's answer to the trainer");
        AnsweredBy = by;
        AnsweredAt = now;
        Status = WorkplaceConcernStatus.Answered;
        Version++;
    }

    /// <summary>Closing needs an answer first, so a trainer never sees a concern closed without the school's word.</summary>
    public void Close(string? note, string by, DateTimeOffset now)
    {
        if (Status == WorkplaceConcernStatus.Closed)
        {
            throw new ConflictException("concern-closed", "The concern is closed already.");
        }

        if (Status != WorkplaceConcernStatus.Answered)
        {
            throw new ConflictException("concern-not-answered", "Answer the trainer before closing the concern.");
        }

        CloseNote = RequiredText(note, "note", "Say what was done");
        ClosedBy = by;
        ClosedAt = now;
        Status = WorkplaceConcernStatus.Closed;
        Version++;
    }

    private static string RequiredText(string? value, string field, string ask)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new FieldValidationException(field, $"{ask} (at most {MaxText} characters).");
        }

        var trimmed = value.Trim();
        if (trimmed.Length > MaxText)
        {
            throw new FieldValidationException(field, $"At most {MaxText} characters.");
        }

        return trimmed;
    }
}
