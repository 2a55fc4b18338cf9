using PartnershipHub.Guidance.Domain;

namespace PartnershipHub.Guidance.Features.Progress;

/// <summary>
/// One criterion (by stable key, across framework versions): the latest level per role side by side (role names
/// camelCase), whether two roles are two or more levels apart, and every level over time ("not observed" left out).
/// </summary>
public sealed record CriterionProgress(string Key, string Name, IReadOnlyDictionary<string, AttitudeLevel> LatestByRole, bool Discrepancy, IReadOnlyList<GrowthPoint> Growth);
