using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>A student as the matcher sees them: where they live, how far they travel, what they need and avoid.</summary>
public sealed record MatchStudent(
    Guid Id,
    string Name,
    string Crebo,
    LearningRoute Route,
    double? Latitude,
    double? Longitude,
    int MaxTravelKm,
    IReadOnlyList<string> Sectors,
    NeedLevel Need,
    IReadOnlySet<Guid> AvoidCompanyIds,
    IReadOnlySet<string> AvoidCompanyNames,
    IReadOnlySet<Guid> EndedEarlyAt);
