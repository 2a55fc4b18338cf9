using PartnershipHub.Contracts;

namespace PartnershipHub.Notifications.Domain;

/// <summary>
/// What Notifications knows of a student (from Students' events). Each part (record, enrolment, mentor, status) keeps
/// the version it was last set at: Students numbers all of a student's events in one sequence, so a late record update
/// is still newer than the record we hold even when a mentor change with a higher number came first. On erasure only a
/// tombstone stays (<see cref="ErasedAt"/>), so a late event cannot bring the student back.
/// </summary>
public sealed class StudentCopy
{
    public Guid Id { get; set; }

    public string StudentNumber { get; set; } = "";

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? Email { get; set; }

    public Guid? MentorStaffId { get; set; }

    public StudentStatus Status { get; set; }

    public string Crebo { get; set; } = "";

    public LearningRoute Route { get; set; }

    public DateOnly EnrolmentStart { get; set; }

    /// <summary>The highest version applied to any part.</summary>
    public long Version { get; set; }

    public long RecordVersion { get; set; }

    public long EnrolmentVersion { get; set; }

    public long MentorVersion { get; set; }

    public long StatusVersion { get; set; }

    public DateTimeOffset? ErasedAt { get; set; }

    public bool IsErased => ErasedAt is not null;

    public string DisplayName => $"{FirstName} {LastName}".Trim();

    public void Apply(StudentEnrolled e)
    {
        ApplyRecord(e.StudentNumber, e.FirstName, e.LastName, e.Email, e.Version);
        ApplyEnrolment(e.Enrolment, e.Version);
        if (e.MentorStaffId is { } mentor)
        {
            ApplyMentor(mentor, e.Version);
        }
    }

    public void Apply(StudentUpdated e)
    {
        ApplyRecord(e.StudentNumber, e.FirstName, e.LastName, e.Email, e.Version);
        ApplyStatus(e.Status, e.Version);
    }

    public void Apply(EnrolmentChanged e) => ApplyEnrolment(e.Enrolment, e.Version);

    public void Apply(MentorAssigned e) => ApplyMentor(e.MentorStaffId, e.Version);

    public void Apply(StudentStatusChanged e) => ApplyStatus(e.Status, e.Version);

    /// <summary>Personal data gone, a tombstone kept.</summary>
    public void Erase(DateTimeOffset at)
    {
        StudentNumber = "";
        FirstName = "";
        LastName = "";
        Email = null;
        MentorStaffId = null;
        Crebo = "";
        ErasedAt ??= at;
    }

    private void ApplyRecord(string studentNumber, string firstName, string lastName, string? email, long version)
    {
        if (!IsErased && version > RecordVersion)
        {
            StudentNumber = studentNumber;
            FirstName = firstName;
            LastName = lastName;
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
            RecordVersion = version;
            Version = Math.Max(Version, version);
        }
    }

    private void ApplyEnrolment(Enrolment enrolment, long version)
    {
        if (!IsErased && version > EnrolmentVersion)
        {
            Crebo = enrolment.Crebo;
            Route = enrolment.Route;
            EnrolmentStart = enrolment.StartDate;
            EnrolmentVersion = version;
            Version = Math.Max(Version, version);
        }
    }

    private void ApplyMentor(Guid mentor, long version)
    {
        if (!IsErased && version > MentorVersion)
        {
            MentorStaffId = mentor;
            MentorVersion = version;
            Version = Math.Max(Version, version);
        }
    }

    private void ApplyStatus(StudentStatus status, long version)
    {
        if (!IsErased && version > StatusVersion)
        {
            Status = status;
            StatusVersion = version;
            Version = Math.Max(Version, version);
        }
    }
}
