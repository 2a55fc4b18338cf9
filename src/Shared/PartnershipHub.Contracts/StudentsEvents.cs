namespace PartnershipHub.Contracts;

// Published by the Students service. Never carries care notes or free-text intake notes.

public enum NeedLevel
{
    None,
    Some,
    Much,
}

public enum ProgressionWish
{
    Undecided,
    Work,
    Level3,
    Level4,
}

public enum StudentStatus
{
    Active,
    Paused,
    Graduated,
    LeftEarly,
}

public enum LeavingReason
{
    PoorFitWithTrade,
    PrivateCircumstances,
    Work,
    OtherProgramme,
    Other,
}

public sealed record Enrolment(
    Guid EnrolmentId,
    string Crebo,
    string QualificationName,
    int Level,
    LearningRoute Route,
    DateOnly StartDate,
    DateOnly ExpectedEndDate,
    string? Team);

/// <summary>The student's basic record at <see cref="Version"/>; StudentUpdated has the same shape.</summary>
public sealed record StudentEnrolled(
    Guid StudentId,
    string StudentNumber,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    string? Email,
    string? HomePostcode,
    double? HomeLatitude,
    double? HomeLongitude,
    string Cohort,
    Enrolment Enrolment,
    Guid? MentorStaffId,
    long Version) : IntegrationEvent, IVersionedEvent;

public sealed record StudentUpdated(
    Guid StudentId,
    string StudentNumber,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    string? Email,
    string? HomePostcode,
    double? HomeLatitude,
    double? HomeLongitude,
    string Cohort,
    StudentStatus Status,
    long Version) : IntegrationEvent, IVersionedEvent;

public sealed record EnrolmentChanged(
    Guid StudentId,
    Enrolment Enrolment,
    long Version) : IntegrationEvent, IVersionedEvent;

public sealed record MentorAssigned(
    Guid StudentId,
    Guid MentorStaffId,
    long Version) : IntegrationEvent, IVersionedEvent;

public sealed record NeedsSummary(
    NeedLevel Pedagogical,
    NeedLevel Didactic,
    NeedLevel FutureWishes,
    NeedLevel Structure,
    NeedLevel PrivateCircumstances);

/// <summary>A company the student should not be placed at; the reason stays in Students.</summary>
public sealed record AvoidedCompany(Guid? CompanyId, string CompanyName);

public sealed record InternshipPreferences(
    IReadOnlyList<string> Sectors,
    int? MaxTravelKm,
    IReadOnlyList<AvoidedCompany> AvoidCompanies);

public sealed record IntakeCompleted(
    Guid StudentId,
    DateOnly IntakeDate,
    NeedsSummary Needs,
    ProgressionWish ProgressionWish,
    InternshipPreferences Preferences,
    long Version) : IntegrationEvent, IVersionedEvent;

public sealed record StudentStatusChanged(
    Guid StudentId,
    StudentStatus Status,
    LeavingReason? Reason,
    DateOnly EffectiveOn,
    long Version) : IntegrationEvent, IVersionedEvent;

/// <summary>The student's personal data was erased; every service erases its copy.</summary>
public sealed record StudentErased(Guid StudentId) : IntegrationEvent;
