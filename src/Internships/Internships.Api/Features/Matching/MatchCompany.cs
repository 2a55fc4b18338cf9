using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Features.Matching;

/// <summary>
/// A company as the matcher sees it: its locations, what it offers, the routes its accreditation allows per crebo
/// (already checked for the period's start date; absent = none current) and the free places per crebo.
/// </summary>
public sealed record MatchCompany(
    Guid Id,
    string Name,
    string? Sector,
    bool OffersStructure,
    IReadOnlyList<MatchLocation> Locations,
    IReadOnlyDictionary<string, IReadOnlySet<LearningRoute>> CurrentAccreditations,
    IReadOnlyDictionary<string, int> FreePlaces);
