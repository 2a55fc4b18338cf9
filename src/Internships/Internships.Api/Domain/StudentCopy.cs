using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Domain;

/// <summary>
/// What this service knows of a student, from Students' events. Each part keeps the version it was written at, so a
/// late event about one part cannot undo a newer one, and events for different parts may arrive in any order. An erased
/// copy keeps no personal data: later events about the record, the intake or the status change nothing.
/// </summary>
public sealed class StudentCopy
{
    /// <summary>The max travel distance used when the student gave none at intake.</summary>
    public const int DefaultMaxTravelKm = 25;

    public Guid Id { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    /// <summary>The school's number for the student, so coordinators can tell students with the same name apart.</summary>
    public string StudentNumber { get; set; } = "";

    public DateOnly? DateOfBirth { get; set; }

    public string? HomePostcode { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Cohort { get; set; }

    public StudentStatus Status { get; set; }

    public long BasicVersion { get; set; }

    public string? Crebo { get; set; }

    public int Level { get; set; }

    public LearningRoute Route { get; set; }

    public long EnrolmentVersion { get; set; }

    public Guid? MentorStaffId { get; set; }

    public long MentorVersion { get; set; }

    public NeedLevel StructureNeed { get; set; }

    public NeedLevel PedagogicalNeed { get; set; }

    public List<string> Sectors { get; set; } = [];

    public int? MaxTravelKm { get; set; }

    public List<Guid> AvoidCompanyIds { get; set; } = [];

    public List<string> AvoidCompanyNames { get; set; } = [];

    public long IntakeVersion { get; set; }

    public long StatusVersion { get; set; }

    public bool Erased { get; set; }

    public string DisplayName => Erased ? "(erased)" : $"{FirstName} {LastName}".Trim();

    public int EffectiveMaxTravelKm => MaxTravelKm is > 0 ? MaxTravelKm.Value : DefaultMaxTravelKm;

    public void Apply(StudentEnrolled e)
    {
        if (Erased)
        {
            return;
        }

        ApplyBasic(e.FirstName, e.LastName, e.DateOfBirth, e.HomePostcode, e.HomeLatitude, e.HomeLongitude, e.Cohort, e.Version, e.StudentNumber);
        ApplyEnrolment(e.Enrolment, e.Version);
        if (e.MentorStaffId is { } mentor)
        {
            ApplyMentor(mentor, e.Version);
        }

        ApplyStatus(StudentStatus.Active, e.Version);
    }

    public void Apply(StudentUpdated e)
    {
        if (Erased)
        {
            return;
        }

        ApplyBasic(e.FirstName, e.LastName, e.DateOfBirth, e.HomePostcode, e.HomeLatitude, e.HomeLongitude, e.Cohort, e.Version, e.StudentNumber);
        ApplyStatus(e.Status, e.Version);
    }

    public void Apply(EnrolmentChanged e) => ApplyEnrolment(e.Enrolment, e.Version);

    public void Apply(MentorAssigned e) => ApplyMentor(e.MentorStaffId, e.Version);

    /// <summary>Keeps the needs levels and placement preferences matching uses; never care notes (the event has none).</summary>
    public void Apply(IntakeCompleted e)
    {
        if (Erased || e.Version <= IntakeVersion)
        {
            return;
        }

        StructureNeed = e.Needs.Structure;
        PedagogicalNeed = e.Needs.Pedagogical;
        Sectors = [.. e.Preferences.Sectors];
        MaxTravelKm = e.Preferences.MaxTravelKm;
        AvoidCompanyIds = [.. e.Preferences.AvoidCompanies.Select(a => a.CompanyId).OfType<Guid>()];
        AvoidCompanyNames = [.. e.Preferences.AvoidCompanies.Where(a => a.CompanyId is null).Select(a => a.CompanyName.Trim().ToLowerInvariant())];
        IntakeVersion = e.Version;
    }

    public void Apply(StudentStatusChanged e) => ApplyStatus(e.Status, e.Version);

    /// <summary>Blanks the personal data and keeps a tombstone: the record, intake and status take no later version.</summary>
    public void Erase()
    {
        Erased = true;
        Status = StudentStatus.LeftEarly;
        StatusVersion = long.MaxValue;
        BasicVersion = long.MaxValue;
        IntakeVersion = long.MaxValue;
        FirstName = "";
        LastName = "";
        StudentNumber = "";
        DateOfBirth = null;
        HomePostcode = null;
        Latitude = null;
        Longitude = null;
        StructureNeed = NeedLevel.None;
        PedagogicalNeed = NeedLevel.None;
        Sectors = [];
        MaxTravelKm = null;
        AvoidCompanyIds = [];
        AvoidCompanyNames = [];
    }

    private void ApplyBasic(string firstName, string lastName, DateOnly dateOfBirth, string? postcode, double? latitude, double? longitude, string cohort, long version, string studentNumber)
    {
        if (version <= BasicVersion)
        {
            return;
        }

        StudentNumber = studentNumber;
        FirstName = firstName;
        LastName = lastName;
        DateOfBirth = dateOfBirth;
        HomePostcode = postcode;
        Latitude = latitude;
        Longitude = longitude;
        Cohort = cohort;
        BasicVersion = version;
    }

    private void ApplyEnrolment(Enrolment enrolment, long version)
    {
        if (version <= EnrolmentVersion)
        {
            return;
        }

        Crebo = enrolment.Crebo;
        Level = enrolment.Level;
        Route = enrolment.Route;
        EnrolmentVersion = version;
    }

    private void ApplyMentor(Guid mentor, long version)
    {
        if (version <= MentorVersion)
        {
            return;
        }

        MentorStaffId = mentor;
        MentorVersion = version;
    }

    private void ApplyStatus(StudentStatus status, long version)
    {
        if (version <= StatusVersion)
        {
            return;
        }

        Status = status;
        StatusVersion = version;
    }
}
