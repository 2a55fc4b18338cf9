namespace PartnershipHub.Guidance.Domain;

/// <summary>
/// One criterion of a rubric. <see cref="Key"/> is stable across framework versions (progress is compared by it,
/// and Internships' assignments link criteria by it); the descriptors say what each level looks like.
/// </summary>
public sealed record FrameworkCriterion(string Key, string Name, string Description, IReadOnlyDictionary<AttitudeLevel, string> Descriptors);
