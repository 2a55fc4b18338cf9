using PartnershipHub.Contracts;
using PartnershipHub.Persistence.Conflicts;
using PartnershipHub.ServiceDefaults.Errors;

namespace PartnershipHub.Students.Domain;

/// <summary>
/// A student of the school with their programme, mentor, status and intake. Every change other services hear
/// about raises <see cref="Version"/> by one, so their copies can ignore stale events. Methods return whether
/// anything changed: an unchanged update publishes nothing.
/// </summary>
public sealed class Student
{
    private readonly List<StudentEnrolment> _enrolments = [];
    private readonly List<MentorAssignment> _mentorAssignments = [];

    private Student()
    {
    }

    public Guid Id { get; private set; }

    public string StudentNumber { get; private set; } = "";

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public DateOnly DateOfBirth { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? HomePostcode { get; private set; }

    public double? HomeLatitude { get; private set; }

    public double? HomeLongitude { get; private set; }

    public string Cohort { get; private set; } = "";

    public StudentStatus Status { get; private set; }

    public LeavingReason? LeavingReason { get; private set; }

    public DateOnly StatusDate { get; private set; }

    /// <summary>The current mentor (kept here, not only in the history, because lists filter on it).</summary>
    public Guid? MentorStaffId { get; private set; }

    public Intake? Intake { get; private set; }

    public DateOnly? IntakeCompletedOn { get; private set; }

    /// <summary>
    /// Raised by one with every saved change to the intake (draft or complete); an editor sends back the revision it
    /// read, so two people editing one intake cannot silently overwrite each other.
    /// </summary>
    public int IntakeRevision { get; private set; }

    public long Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Every programme, oldest first; load them before calling methods that change the programme.</summary>
    public IReadOnlyList<StudentEnrolment> Enrolments => _enrolments;

    public IReadOnlyList<MentorAssignment> MentorAssignments => _mentorAssignments;

    public StudentEnrolment CurrentEnrolment => _enrolments.SingleOrDefault(e => e.IsCurrent)
        ?? throw new InvalidOperationException($"Student {Id} was loaded without its current enrolment.");

    public StudentDetails Details => new(
        StudentNumber, FirstName, LastName, DateOfBirth, Email, Phone, HomePostcode, HomeLatitude, HomeLongitude, Cohort);

    public bool IntakeComplete => IntakeCompletedOn is not null;

    /// <summary>A minor needs a parent's signature on the internship agreement.</summary>
    public bool IsMinorOn(DateOnly day) => DateOfBirth.AddYears(18) > day;

    public static Student Register(
        Guid id, Guid enrolmentId, StudentDetails details, EnrolmentDetails enrolment, Guid? mentorStaffId, DateTimeOffset now)
    {
        var student = new Student
        {
            Id = id,
            Status = StudentStatus.Active,
            StatusDate = enrolment.StartDate,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        student.Apply(details);
        student._enrolments.Add(StudentEnrolment.Start(enrolmentId, id, enrolment));
        if (mentorStaffId is { } mentor)
        {
            student.MentorStaffId = mentor;
            student._mentorAssignments.Add(MentorAssignment.Begin(id, mentor, now));
        }

        return student;
    }

    public bool UpdateDetails(StudentDetails details, DateTimeOffset now)
    {
        if (details == Details)
        {
            return false;
        }

        Apply(details);
        Touch(now);
        return true;
    }

    /// <summary>Ends the current mentor's period and starts the new one; the same mentor again changes nothing.</summary>
    public bool AssignMentor(Guid mentorStaffId, DateTimeOffset now)
    {
        if (mentorStaffId == Guid.Empty)
        {
            throw new FieldValidationException("mentorStaffId", "A staff id is required.");
        }

        if (MentorStaffId == mentorStaffId)
        {
            return false;
        }

        foreach (var current in _mentorAssignments.Where(a => a.EndedAt is null))
        {
            current.End(now);
        }

        _mentorAssignments.Add(MentorAssignment.Begin(Id, mentorStaffId, now));
        MentorStaffId = mentorStaffId;
        Touch(now);
        return true;
    }

    /// <summary>A programme change: the current enrolment ends the day the new one starts, and stays in the history.</summary>
    public StudentEnrolment ChangeProgramme(Guid enrolmentId, EnrolmentDetails enrolment, DateTimeOffset now)
    {
        EnsureStillEnrolled("change the programme of");
        var current = CurrentEnrolment;
        if (current.Details == enrolment)
        {
            throw new ConflictException("same-programme", "The student already follows exactly this programme.");
        }

        if (enrolment.StartDate < current.StartDate)
        {
            throw new FieldValidationException(
                "startDate", $"A new programme cannot start before the current one ({current.StartDate:yyyy-MM-dd}).");
        }

        current.End(enrolment.StartDate);
        var next = StudentEnrolment.Start(enrolmentId, Id, enrolment);
        _enrolments.Add(next);
        Touch(now);
        return next;
    }

    /// <summary>
    /// Active and paused move freely; leaving early needs a reason. A graduate stays graduated, and a student who
    /// left early can only come back as active.
    /// </summary>
    public bool ChangeStatus(StudentStatus status, LeavingReason? reason, DateOnly effectiveOn, DateTimeOffset now)
    {
        if (!Enum.IsDefined(status))
        {
            throw new FieldValidationException("status", "active, paused, graduated or leftEarly.");
        }

        if (status == StudentStatus.LeftEarly && reason is null)
        {
            throw new FieldValidationException("reason", "Leaving early needs a reason category.");
        }

        if (status != StudentStatus.LeftEarly && reason is not null)
        {
            throw new FieldValidationException("reason", "Only leaving early has a reason.");
        }

        if (reason is { } given && !Enum.IsDefined(given))
        {
            throw new FieldValidationException("reason", "Not a known reason category.");
        }

        if (effectiveOn < CurrentEnrolment.StartDate.AddYears(-1))
        {
            throw new FieldValidationException("effectiveOn", "The date lies long before the student's programme started.");
        }

        if (effectiveOn > DateOnly.FromDateTime(now.UtcDateTime).AddYears(1))
        {
            throw new FieldValidationException("effectiveOn", "A status change is recorded at most a year ahead.");
        }

        if (status == Status && reason == LeavingReason && effectiveOn == StatusDate)
        {
            return false;
        }

        if (Status == StudentStatus.Graduated && status != StudentStatus.Graduated)
        {
            throw new ConflictException("graduated-is-final", "A graduated student keeps that status; enrol them again as a new programme.");
        }

        if (Status == StudentStatus.LeftEarly && status is StudentStatus.Paused or StudentStatus.Graduated)
        {
            throw new ConflictException("left-early-returns-active", "A student who left early can only return as active.");
        }

        Status = status;
        LeavingReason = reason;
        StatusDate = effectiveOn;
        Touch(now);
        return true;
    }

    /// <summary>
    /// Saves the intake; returns true when a completed intake was recorded or changed (that is what other
    /// services hear about). A completed intake can be corrected but not turned back into a draft.
    /// </summary>
    public bool RecordIntake(Intake intake, bool complete, int? readRevision, DateOnly today, DateTimeOffset now)
    {
        if (readRevision is { } read && read != IntakeRevision)
        {
            throw new ConflictException(
                "intake-changed", $"The intake is at revision {IntakeRevision}, not {read}: someone saved it meanwhile; reload and try again.");
        }

        // An intake precedes the programme by months at most; years before it, it was about someone else's start.
        if (intake.IntakeDate is { } held && held < CurrentEnrolment.StartDate.AddYears(-1))
        {
            throw new FieldValidationException("intakeDate", $"An intake is held at most a year before the programme starts ({CurrentEnrolment.StartDate:yyyy-MM-dd}).");
        }

        if (IntakeComplete && !complete)
        {
            throw new ConflictException("intake-already-complete", "A completed intake can be corrected, not reopened as a draft.");
        }

        var unchanged = Intake == intake || (Intake is not null && IntakeJson.Equal(Intake, intake));
        if (unchanged && IntakeComplete == complete)
        {
            return false;
        }

        Intake = intake;
        IntakeRevision++;
        UpdatedAt = now;
        if (!complete)
        {
            return false;
        }

        IntakeCompletedOn ??= today;
        Touch(now);
        return true;
    }

    /// <summary>Personal data may be erased only once the student has left and the retention period after leaving has passed.</summary>
    public void EnsureErasable(RetentionPolicy policy, DateOnly today)
    {
        if (Status is not (StudentStatus.Graduated or StudentStatus.LeftEarly))
        {
            throw new ConflictException(
                "erasure-requires-leaving", "Personal data can be erased only for a student who graduated or left early.");
        }

        var allowedFrom = StatusDate.AddDays(policy.MinimumDaysAfterLeaving);
        if (today < allowedFrom)
        {
            throw new ConflictException(
                "erasure-retention-period",
                $"Personal data is kept {policy.MinimumDaysAfterLeaving} days after leaving; erasure is allowed from {allowedFrom:yyyy-MM-dd}.");
        }
    }

    /// <summary>How long after registration an enrolment can still be cancelled as a mistake; later, record leaving instead.</summary>
    public const int CancellationWindowDays = 30;

    /// <summary>
    /// An enrolment made in error may be cancelled only before anything hangs on it, as far as this service can tell:
    /// still active as registered, no intake saved (not even a draft), no programme change, no care note, and
    /// registered at most <see cref="CancellationWindowDays"/> days ago. Placements and plans live in other services;
    /// the window stands in for them (a mistake is found within weeks, before matching and planning start).
    /// </summary>
    public void EnsureCancellable(bool hasCareNotes, DateTimeOffset now)
    {
        if (Status != StudentStatus.Active)
        {
            throw new ConflictException(
                "cancel-status-changed", "Only an active student's enrolment can be cancelled; this student's status has changed, so record leaving instead.");
        }

        if (IntakeRevision > 0)
        {
            throw new ConflictException("cancel-intake-started", "The intake has been started, so the enrolment can no longer be cancelled; record leaving instead.");
        }

        if (_enrolments.Count > 1)
        {
            throw new ConflictException("cancel-programme-changed", "The student changed programme, so the enrolment can no longer be cancelled; record leaving instead.");
        }

        if (hasCareNotes)
        {
            throw new ConflictException("cancel-care-notes", "Care notes were written about the student, so the enrolment can no longer be cancelled; record leaving instead.");
        }

        if (now > CreatedAt.AddDays(CancellationWindowDays))
        {
            throw new ConflictException(
                "cancel-too-late", $"The enrolment was registered more than {CancellationWindowDays} days ago, so it can no longer be cancelled; record leaving instead.");
        }
    }

    private void EnsureStillEnrolled(string action)
    {
        if (Status is StudentStatus.Graduated or StudentStatus.LeftEarly)
        {
            throw new ConflictException("student-has-left", $"Cannot {action} a student who graduated or left early.");
        }
    }

    private void Apply(StudentDetails details)
    {
        StudentNumber = details.StudentNumber;
        FirstName = details.FirstName;
        LastName = details.LastName;
        DateOfBirth = details.DateOfBirth;
        Email = details.Email;
        Phone = details.Phone;
        HomePostcode = details.HomePostcode;
        HomeLatitude = details.HomeLatitude;
        HomeLongitude = details.HomeLongitude;
        Cohort = details.Cohort;
    }

    private void Touch(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }
}
