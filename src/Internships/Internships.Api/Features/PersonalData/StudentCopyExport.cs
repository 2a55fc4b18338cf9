using PartnershipHub.Contracts;
using PartnershipHub.Internships.Domain;

namespace PartnershipHub.Internships.Features.PersonalData;

/// <summary>Internships' copy of the student, as Students' events left it (blank but for ids once erased).</summary>
public sealed record StudentCopyExport(
    Guid Id,
    string FirstName,
    string LastName,
    DateOnly? DateOfBirth,
    string? HomePostcode,
    double? Latitude,
    double? Longitude,
    string? Cohort,
    StudentStatus Status,
    string? Crebo,
    int Level,
    LearningRoute Route,
    Guid? MentorStaffId,
    NeedLevel StructureNeed,
    NeedLevel PedagogicalNeed,
    IReadOnlyList<string> Sectors,
    int? MaxTravelKm,
    IReadOnlyList<Guid> AvoidCompanyIds,
    IReadOnlyList<string> AvoidCompanyNames,
    bool Erased)
{
    public static StudentCopyExport From(StudentCopy s) => new(
        s.Id, s.FirstName, s.LastName, s.DateOfBirth, s.HomePostcode, s.Latitude, s.Longitude, s.Cohort, s.Status, s.Crebo, s.Level, s.Route,
        s.MentorStaffId, s.StructureNeed, s.PedagogicalNeed, s.Sectors, s.MaxTravelKm, s.AvoidCompanyIds, s.AvoidCompanyNames, s.Erased);
}
