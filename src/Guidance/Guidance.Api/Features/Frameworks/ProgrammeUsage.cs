namespace PartnershipHub.Guidance.Features.Frameworks;

/// <summary>
/// Assessments on one version for the students of one programme (their current crebo as Students last announced it;
/// null when Guidance has not heard of the student's programme).
/// </summary>
public sealed record ProgrammeUsage(string? Crebo, string? QualificationName, int Assessments);
