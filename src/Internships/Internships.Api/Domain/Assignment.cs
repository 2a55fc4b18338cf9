using System.Text.RegularExpressions;
using PartnershipHub.Contracts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Internships.Domain;

/// <summary>
/// A practical assignment (praktijkopdracht): drafted by the teacher, confirmed by the trainer (or sent back with a
/// comment), carried out and submitted by the student, signed off (or returned) by the trainer, reviewed by the
/// teacher. Each step is kept with who and when; from sign-off on the content cannot change.
/// </summary>
public sealed partial class Assignment
{
    public const string Revise = "revise";
    public const string Confirm = "confirm";
    public const string RequestChange = "request-change";
    public const string StartWork = "start";
    public const string Submit = "submit";
    public const string SignOff = "sign-off";
    public const string Return = "return";
    public const string Review = "review";

    private Assignment()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlacementId { get; private set; }

    public Guid StudentId { get; private set; }

    public Guid CompanyId { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public List<string> CriterionKeys { get; private set; } = [];

    public List<string> WorkProcesses { get; private set; } = [];

    public DateOnly? DueDate { get; private set; }

    public AssignmentStatus Status { get; private set; }

    public string? Evidence { get; private set; }

    public string? Reflection { get; private set; }

    public string? Feedback { get; private set; }

    public string? ReviewNote { get; private set; }

    public Guid? DraftedBy { get; private set; }

    public List<AssignmentStep> Steps { get; private set; } = [];

    public long Version { get; private set; }

    /// <summary>The signed-off assignment this one corrects (a redo); that one itself never changes.</summary>
    public Guid? CorrectsId { get; private set; }

    /// <summary>A framework has a handful of criteria; an assignment that names more than this names nonsense.</summary>
    public const int MaxCriterionKeys = 20;

    public const int MaxWorkProcesses = 20;

    public static Assignment Draft(Placement placement, AssignmentContent content, Actor by, DateTimeOffset now)
    {
        var assignment = new Assignment
        {
            Id = Guid.NewGuid(),
            PlacementId = placement.Id,
            StudentId = placement.StudentId,
            CompanyId = placement.CompanyId,
            Status = AssignmentStatus.Draft,
            DraftedBy = by.Id,
        };
        assignment.Apply(content, placement);
        assignment.Record("draft", by, now, null);
        return assignment;
    }

    /// <summary>
    /// Drafts a redo of a signed-off assignment: a new assignment that points at it and goes through every step again.
    /// The original stays as it was signed off; reads show which assignment corrects it.
    /// </summary>
    public static Assignment DraftCorrection(Assignment original, Placement placement, AssignmentContent content, Actor by, DateTimeOffset now)
    {
        if (original.PlacementId != placement.Id)
        {
            throw new FieldValidationException("correctsId", "The assignment to correct belongs to another placement.");
        }

        if (original.Status is not (AssignmentStatus.SignedOff or AssignmentStatus.Reviewed))
        {
            throw new TransitionConflictException(original.Status.ToString(), original.AllowedTransitions(),
                "Only a signed-off assignment is corrected by a new one; revise this one instead.", "correction-needs-signed-off-assignment");
        }

        var correction = Draft(placement, content, by, now);
        correction.CorrectsId = original.Id;
        return correction;
    }

    public IReadOnlyList<string> AllowedTransitions() => Status switch
    {
        AssignmentStatus.Draft => [Confirm, RequestChange, Revise],
        AssignmentStatus.ChangeRequested => [Revise],
        AssignmentStatus.Agreed => [StartWork],
        AssignmentStatus.InProgress => [Submit],
        AssignmentStatus.Submitted => [SignOff, Return],
        AssignmentStatus.Returned => [Submit],
        AssignmentStatus.SignedOff => [Review],
        _ => [],
    };

    public void Change(AssignmentContent content, Placement placement, Actor by, DateTimeOffset now)
    {
        Require(Revise);
        Apply(content, placement);
        Status = AssignmentStatus.Draft;
        Record(Revise, by, now, null);
    }

    public void ConfirmFeasible(Actor by, DateTimeOffset now)
    {
        Require(Confirm);
        Status = AssignmentStatus.Agreed;
        Record(Confirm, by, now, null);
    }

    public void AskForChange(string? comment, Actor by, DateTimeOffset now)
    {
        Require(RequestChange);
        Status = AssignmentStatus.ChangeRequested;
        Record(RequestChange, by, now, Required(comment, "comment", "Say what should change."));
    }

    public void BeginWork(Actor by, DateTimeOffset now)
    {
        Require(StartWork);
        Status = AssignmentStatus.InProgress;
        Record(StartWork, by, now, null);
    }

    public void HandIn(string? evidence, string? reflection, Actor by, DateTimeOffset now)
    {
        Require(Submit);
        Evidence = Required(evidence, "evidence", "Describe or link the evidence.");
        Reflection = Required(reflection, "reflection", "Write a short reflection.");
        Status = AssignmentStatus.Submitted;
        Record(Submit, by, now, null);
    }

    public void Approve(string? feedback, Actor by, DateTimeOffset now)
    {
        Require(SignOff);
        Feedback = string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim();
        Status = AssignmentStatus.SignedOff;
        Record(SignOff, by, now, Feedback);
    }

    public void SendBack(string? feedback, Actor by, DateTimeOffset now)
    {
        Require(Return);
        Feedback = Required(feedback, "feedback", "Say what the student should improve.");
        Status = AssignmentStatus.Returned;
        Record(Return, by, now, Feedback);
    }

    public void MarkReviewed(string? note, Actor by, DateTimeOffset now)
    {
        Require(Review);
        ReviewNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Status = AssignmentStatus.Reviewed;
        Record(Review, by, now, ReviewNote);
    }

    public DateTimeOffset LastStepAt => Steps[^1].At;

    public AssignmentSnapshot Snapshot() => new(Id, PlacementId, StudentId, CompanyId, Title, [.. CriterionKeys], DueDate, Status);

    private void Apply(AssignmentContent content, Placement placement)
    {
        Title = Required(content.Title, "title", "A title is required.", 200);
        Description = Required(content.Description, "description", "Describe the assignment.", 4000);
        CriterionKeys = Keys(content.CriterionKeys, "criterionKeys", MaxCriterionKeys, IsCriterionKey,
            "A criterion key of the attitude framework: lower-case letters, digits and hyphens, at most 60 (e.g. punctuality).");
        WorkProcesses = Keys(content.WorkProcesses?.Select(k => k?.Trim().ToUpperInvariant()).ToList(), "workProcesses", MaxWorkProcesses, IsWorkProcess,
            "A work process of the qualification file, such as B1-K1-W2.");
        if (content.DueDate is { } due && (due < placement.StartDate || due > placement.EndDate))
        {
            throw new FieldValidationException("dueDate", $"An assignment is due during the placement ({placement.StartDate:yyyy-MM-dd} – {placement.EndDate:yyyy-MM-dd}).");
        }

        DueDate = content.DueDate;
    }

    private static List<string> Keys(IReadOnlyList<string?>? keys, string field, int max, Func<string, bool> valid, string message)
    {
        keys ??= [];
        if (keys.Count > max)
        {
            throw new FieldValidationException(field, $"At most {max}.");
        }

        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i]?.Trim() is not { } key || !valid(key))
            {
                throw new FieldValidationException($"{field}[{i}]", message);
            }
        }

        return [.. keys.Select(k => k!.Trim()).Distinct()];
    }

    // The shape Guidance gives framework criterion keys; which keys exist is Guidance's to know (no event tells Internships yet).
    private static bool IsCriterionKey(string key) =>
        key.Length is > 0 and <= 60 && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    // Work processes are numbered per core task in the qualification file: B1-K1-W2 (basic part) or P1-K1-W1 (profile part).
    private static bool IsWorkProcess(string code) => WorkProcessPattern().IsMatch(code);

    [GeneratedRegex("^[BP][0-9]{1,2}-K[0-9]{1,2}-W[0-9]{1,2}$")]
    private static partial Regex WorkProcessPattern();

    private void Record(string action, Actor by, DateTimeOffset now, string? comment)
    {
        Steps = [.. Steps, new AssignmentStep(action, Status, by.Role, by.Id, now, comment)];
        Version++;
    }

    private void Require(string transition)
    {
        var allowed = AllowedTransitions();
        if (!allowed.Contains(transition))
        {
            throw new TransitionConflictException(Status.ToString(), allowed, $"An assignment that is {Status} cannot '{transition}'.");
        }
    }

    private static string Required(string? value, string field, string message, int maxLength = 4000)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new FieldValidationException(field, message);
        }

        var trimmed = value.Trim();
        return trimmed.Length <= maxLength ? trimmed : throw new FieldValidationException(field, $"At most {maxLength} characters.");
    }
}
