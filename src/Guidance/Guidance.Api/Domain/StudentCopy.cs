using PartnershipHub.Contracts;

namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// What Guidance knows of a student, from Students' events. Students numbers its events with one version per
/// student, but each event carries only part of the record, so each part keeps the version it was last set from:
/// a late StudentEnrolled can still fill in the name after a newer MentorAssigned, and never overwrites a newer mentor.
/// Once erased, the copy ignores every later event.
/// </summary>
public sealed class StudentCopy
{
    public Guid Id { get; set; }

    public string? StudentNumber { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Cohort { get; set; }

    public StudentStatus Status { get; set; } = StudentStatus.Active;

    public Guid? EnrolmentId { get; set; }

    public string? Crebo { get; set; }

    public string? QualificationName { get; set; }

    public int? Level { get; set; }

    public LearningRoute? Route { get; set; }

    public DateOnly? EnrolmentStart { get; set; }

    public DateOnly? ExpectedEnd { get; set; }

    public Guid? MentorStaffId { get; set; }

    public DateOnly? IntakeDate { get; set; }

    public NeedsSummary? Needs { get; set; }

    public ProgressionWish? ProgressionWish { get; set; }

    public long RecordVersion { get; set; }

    public long EnrolmentVersion { get; set; }

    public long MentorVersion { get; set; }

    public long IntakeVersion { get; set; }

    public long StatusVersion { get; set; }

    /// <summary>Set when Students erased the student: personal data is gone and later events are ignored.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    /// <summary>
    /// The first day the student's guidance can have anything on it (intake, else enrolment start); before the
    /// copy knows either, a programme's longest span back from <paramref name="today"/>.
    /// </summary>
    public DateOnly GuidanceStart(DateOnly today) =>
        new[] { IntakeDate, EnrolmentStart }.Where(d => d is not null).Select(d => d!.Value).DefaultIfEmpty(today.AddYears(-8)).Min();

    public string DisplayName => ErasedAt is null ? $"{FirstName} {LastName}".Trim() : "(erased)";

    public void Apply(StudentEnrolled e)
    {
        ApplyRecord(e.StudentNumber, e.FirstName, e.LastName, e.Cohort, e.Version);
        ApplyEnrolment(e.Enrolment, e.Version);
        if (e.MentorStaffId is { } mentor)
        {
            ApplyMentor(mentor, e.Version);
        }
    }

    public void Apply(StudentUpdated e)
    {
        ApplyRecord(e.StudentNumber, e.FirstName, e.LastName, e.Cohort, e.Version);
        ApplyStatus(e.Status, e.Version);
    }

    public void Apply(EnrolmentChanged e) => ApplyEnrolment(e.Enrolment, e.Version);

    public void Apply(MentorAssigned e) => ApplyMentor(e.MentorStaffId, e.Version);

    /// <summary>Keeps the needs levels and progression wish only; preferences are Internships' concern.</summary>
    public void Apply(IntakeCompleted e)
    {
        if (ErasedAt is null && e.Version > IntakeVersion)
        {
            IntakeDate = e.IntakeDate;
            Needs = e.Needs;
            ProgressionWish = e.ProgressionWish;
            IntakeVersion = e.Version;
        }
    }

    public void Apply(StudentStatusChanged e) => ApplyStatus(e.Status, e.Version);

    /// <summary>Personal data gone, a tombstone kept, so a late or redelivered event cannot bring it back.</summary>
    public void Erase(DateTimeOffset at)
    {
        StudentNumber = null;
        FirstName = null;
        LastName = null;
        Cohort = null;
        Needs = null;
        ProgressionWish = null;
        IntakeDate = null;
        ErasedAt = at;
    }

    private void ApplyRecord(string studentNumber, string firstName, string lastName, string cohort, long version)
    {
        if (ErasedAt is null && version > RecordVersion)
        {
            StudentNumber = studentNumber;
            FirstName = firstName;
            LastName = lastName;
            Cohort = cohort;
            RecordVersion = version;
        }
    }

    private void ApplyEnrolment(Enrolment enrolment, long version)
    {
        if (ErasedAt is null && version > EnrolmentVersion)
        {
            EnrolmentId = enrolment.EnrolmentId;
            Crebo = enrolment.Crebo;
            QualificationName = enrolment.QualificationName;
            Level = enrolment.Level;
            Route = enrolment.Route;
            EnrolmentStart = enrolment.StartDate;
            ExpectedEnd = enrolment.ExpectedEndDate;
            EnrolmentVersion = version;
        }
    }

    private void ApplyMentor(Guid mentor, long version)
    {
        if (ErasedAt is null && version > MentorVersion)
        {
            MentorStaffId = mentor;
            MentorVersion = version;
        }
    }

    private void ApplyStatus(StudentStatus status, long version)
    {
        if (ErasedAt is null && version > StatusVersion)
        {
            Status = status;
            StatusVersion = version;
        }
    }
}
