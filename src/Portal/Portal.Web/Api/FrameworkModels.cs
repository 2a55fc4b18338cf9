namespace PartnershipHub.Portal.Api;

/// <summary>One published framework version (Guidance's <c>GET /api/frameworks</c>); versions are never edited.</summary>
public sealed record FrameworkVersion(
    Guid FrameworkId, string Key, int Version, string Name, IReadOnlyList<string> Crebos, DateTimeOffset PublishedAt, IReadOnlyList<FrameworkCriterion> Criteria);

/// <summary>How many assessments use one version, submitted and drafts, and for which programmes.</summary>
public sealed record FrameworkUsage(Guid FrameworkId, string Key, int Version, int Assessments, int Submitted, int Drafts, IReadOnlyList<FrameworkProgrammeUsage> Programmes);

public sealed record FrameworkProgrammeUsage(string? Crebo, string? QualificationName, int Assessments);

/// <summary>A new version of <see cref="Key"/>: Guidance numbers it after the newest one.</summary>
public sealed record PublishFrameworkBody(string Key, string Name, IReadOnlyList<string> Crebos, IReadOnlyList<PublishCriterion> Criteria);

/// <summary>A criterion as published: the key stays what it was in the copied version, so progress compares across versions.</summary>
public sealed record PublishCriterion(string Key, string Name, string Description, IReadOnlyDictionary<string, string> Descriptors);
