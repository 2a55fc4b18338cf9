using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// One assessor's judgement of one student on one framework version, in one context (school, or a placement).
/// A draft may change; a submitted assessment never does (the database refuses it too, see the
/// <c>SubmittedAssessmentGuard</c> migration). A correction is a new assessment whose <see cref="SupersedesId"/> points
/// at the original; the original row is never touched, and both are kept.
/// </summary>
public sealed class Assessment
{
    public const int MaxTextLength = 4000;

    /// <summary>Next steps are a few concrete actions, not a list of hundreds.</summary>
    public const int MaxFeedForwardSteps = 20;

    private Assessment()
    {
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    public Guid FrameworkId { get; private set; }

    public string FrameworkKey { get; private set; } = "";

    public int FrameworkVersion { get; private set; }

    /// <summary>Who assessed: staff id, student id, or the trainer's subject.</summary>
    public string AssessorId { get; private set; } = "";

    public string? AssessorName { get; private set; }

    public AssessorRole Role { get; private set; }

    /// <summary>Null: school context; otherwise the placement the assessment was made in.</summary>
    public Guid? PlacementId { get; private set; }

    public AssessmentKind Kind { get; private set; }

    public AssessmentStatus Status { get; private set; }

    public List<CriterionRating> Ratings { get; private set; } = [];

    public string? OverallComment { get; private set; }

    public List<FeedForwardStep> FeedForward { get; private set; } = [];

    /// <summary>The submitted assessment this one corrects; once this one is submitted, the original no longer counts.</summary>
    public Guid? SupersedesId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public static Assessment Start(
        Guid id, Guid studentId, AttitudeFramework framework, string assessorId, string? assessorName, AssessorRole role,
        Guid? placementId, AssessmentKind kind, Guid? supersedes, DateTimeOffset now)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new FieldValidationException("kind", "Not a known kind.");
        }

        // Formative feedback and summative decisions are kept apart: a decision is the school's or the trainer's.
        if (kind == AssessmentKind.Summative && role is AssessorRole.Self or AssessorRole.Peer)
        {
            throw new FieldValidationException("kind", "A self or peer assessment is formative.");
        }

        return new()
        {
            Id = id,
            StudentId = studentId,
            FrameworkId = framework.Id,
            FrameworkKey = framework.Key,
            FrameworkVersion = framework.Version,
            AssessorId = assessorId,
            // The name comes from the caller's token, not the body; kept to the column's size rather than refused.
            AssessorName = assessorName?.Length > 200 ? assessorName[..200] : assessorName,
            Role = role,
            PlacementId = placementId,
            Kind = kind,
            Status = AssessmentStatus.Draft,
            SupersedesId = supersedes,
            CreatedAt = now,
        };
    }

    /// <summary>
    /// Replaces the draft's content; a level outside the framework is refused, gaps are allowed until submit. Who wrote
    /// a next step follows from the caller, never from the body: <paramref name="byStudentAssessed"/> when the student
    /// assessed is writing (a self-assessment). Anyone else keeps the student's own steps as they are and adds none
    /// marked as the student's.
    /// </summary>
    public void Edit(AttitudeFramework framework, IReadOnlyList<CriterionRating> ratings, string? overallComment, IReadOnlyList<FeedForwardStep> feedForward, bool byStudentAssessed = false)
    {
        EnsureDraft();
        if (framework.Id != FrameworkId)
        {
            throw new InvalidOperationException("An assessment stays on the framework version it was started on.");
        }

        // One rating per criterion of the version assessed bounds the list by the framework itself.
        RequestLists.EnsureElements(ratings, "ratings", framework.Criteria.Count, $"ratings, one per criterion of {framework.Key} version {framework.Version}");
        RequestLists.EnsureElements(feedForward, "feedForward", MaxFeedForwardSteps, "next steps");

        for (var i = 0; i < ratings.Count; i++)
        {
            var rating = ratings[i];
            if (framework.Criterion(rating.CriterionKey) is null)
            {
                throw new FieldValidationException($"ratings[{i}].criterionKey", $"'{rating.CriterionKey}' is not a criterion of {framework.Key} version {framework.Version}.");
            }

            if (!Enum.IsDefined(rating.Level))
            {
                throw new FieldValidationException($"ratings[{i}].level", "Not a level of the scale.");
            }

            if (rating.Observation?.Length > MaxTextLength)
            {
                throw new FieldValidationException($"ratings[{i}].observation", $"At most {MaxTextLength} characters.");
            }
        }

        var duplicate = ratings.GroupBy(r => r.CriterionKey).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FieldValidationException("ratings", $"Criterion '{duplicate.Key}' is rated twice.");
        }

        if (overallComment?.Length > MaxTextLength)
        {
            throw new FieldValidationException("overallComment", $"At most {MaxTextLength} characters.");
        }

        for (var i = 0; i < feedForward.Count; i++)
        {
            var step = feedForward[i];
            if (string.IsNullOrWhiteSpace(step.Text) || step.Text.Length > MaxTextLength)
            {
                throw new FieldValidationException($"feedForward[{i}].text", $"Each next step needs text of at most {MaxTextLength} characters.");
            }

            if (step.ByStudent && !byStudentAssessed && !FeedForward.Any(own => own.ByStudent && own.Text == step.Text.Trim()))
            {
                throw new FieldValidationException($"feedForward[{i}].byStudent", "Only the student marks a next step as their own (they add it to the draft themselves); keep their steps as they are.");
            }
        }

        Ratings = [.. ratings.Select(r => r with { Observation = string.IsNullOrWhiteSpace(r.Observation) ? null : r.Observation.Trim() })];
        OverallComment = string.IsNullOrWhiteSpace(overallComment) ? null : overallComment.Trim();
        FeedForward = [.. feedForward.Select(s => new FeedForwardStep(s.Text.Trim(), byStudentAssessed || s.ByStudent))];
    }

    /// <summary>The student adds a next step of their own to a draft about them.</summary>
    public void AddStudentStep(string text)
    {
        EnsureDraft();
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
        {
            throw new FieldValidationException("text", $"A next step needs text of at most {MaxTextLength} characters.");
        }

        if (FeedForward.Count >= MaxFeedForwardSteps)
        {
            throw new FieldValidationException("text", $"A draft holds at most {MaxFeedForwardSteps} next steps.");
        }

        FeedForward = [.. FeedForward, new FeedForwardStep(text.Trim(), ByStudent: true)];
    }

    /// <summary>Every criterion rated (not observed is an answer) and every "needs attention" explained.</summary>
    public void Submit(AttitudeFramework framework, DateTimeOffset now)
    {
        EnsureDraft();
        var rated = Ratings.Select(r => r.CriterionKey).ToHashSet();
        var unrated = framework.Criteria.Where(c => !rated.Contains(c.Key)).Select(c => c.Key).ToList();
        if (unrated.Count > 0)
        {
            throw new FieldValidationException("ratings", $"Rate every criterion before submitting (use notObserved where nothing was seen); missing: {string.Join(", ", unrated)}.");
        }

        for (var i = 0; i < Ratings.Count; i++)
        {
            if (Ratings[i].Level == AttitudeLevel.NeedsAttention && Ratings[i].Observation is null)
            {
                throw new FieldValidationException($"ratings[{i}].observation", $"An observation is required when '{Ratings[i].CriterionKey}' needs attention.");
            }
        }

        Status = AssessmentStatus.Submitted;
        SubmittedAt = now;
    }

    /// <summary>
    /// A correction may point at this assessment: it is submitted (a draft is edited instead) and has no correction
    /// yet (<paramref name="hasCorrection"/>: one exists, as a draft or submitted). Nothing here changes.
    /// </summary>
    public void EnsureCorrectable(bool hasCorrection)
    {
        if (Status != AssessmentStatus.Submitted)
        {
            throw new ConflictException("not-submitted", "Only a submitted assessment can be superseded; edit the draft instead.");
        }

        if (hasCorrection)
        {
            throw new ConflictException("already-superseded", "This assessment already has a correction; finish or correct that one.");
        }
    }

    /// <summary>
    /// A correction corrects this judgement, it does not make another one: same framework version, same context
    /// (school or the same placement), same kind. Fields are the correction request's.
    /// </summary>
    public void EnsureCorrectionKeeps(Guid? frameworkId, Guid? placementId, AssessmentKind kind)
    {
        if (frameworkId is not null && frameworkId != FrameworkId)
        {
            throw new FieldValidationException("frameworkId", "A correction stays on the framework version of the assessment it corrects.");
        }

        if (placementId != PlacementId)
        {
            throw new FieldValidationException("placementId", PlacementId is null
                ? "The assessment corrected was made at school; a correction has no placement."
                : $"A correction is made in the same placement as the assessment it corrects ({PlacementId}).");
        }

        if (kind != Kind)
        {
            throw new FieldValidationException("kind", $"A correction keeps the kind of the assessment it corrects ({Kind.ToString().ToLowerInvariant()}).");
        }
    }

    /// <summary>
    /// A draft may be thrown away by its assessor (started by mistake, or on the wrong student); a submitted assessment
    /// is part of the record and is corrected, never removed.
    /// </summary>
    public void EnsureDiscardable() => EnsureDraft();

    private void EnsureDraft()
    {
        if (Status != AssessmentStatus.Draft)
        {
            throw new ConflictException("assessment-submitted", "A submitted assessment cannot change; submit a correction that supersedes it.");
        }
    }
}
