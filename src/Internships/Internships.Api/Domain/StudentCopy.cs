using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Domain;

/// <summary>
/// What this service knows of a student, from Students' events. Each part keeps the version it was written at, so a
/// late event about one part cannot undo a newer one, and events for different parts may arrive in any order.
/// </summary>
public sealed class StudentCopy
{
    /// <summary>The max travel distance used when the student gave none at intake.</summary>
    public const int DefaultMaxTravelKm = 25;

    public Guid Id { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

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

    public void Erase()
    {
        Erased = true;
        FirstName = "";
        LastName = "";
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
}
