namespace PartnershipHub.Guidance.Features.Frameworks;

/// <summary>How many assessments were made on one framework version, and for which programmes.</summary>
public sealed record FrameworkUsageResponse(
    Guid FrameworkId,
    string Key,
    int Version,
    int Assessments,
    int Submitted,
    int Drafts,
    IReadOnlyList<ProgrammeUsage> Programmes);
