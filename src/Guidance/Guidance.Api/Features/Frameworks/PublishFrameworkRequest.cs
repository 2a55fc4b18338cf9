using PartnershipHub.Guidance.Domain;
namespace PartnershipHub.Guidance.Features.Frameworks;

/// <summary>A new version of framework <see cref="Key"/> (version 1 when the key is new).</summary>
public sealed record PublishFrameworkRequest(string Key, string Name, IReadOnlyList<string>? Crebos, IReadOnlyList<FrameworkCriterion> Criteria);
