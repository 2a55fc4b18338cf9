namespace PartnershipHub.Internships.Features.Agreements;

/// <summary>What the guardian sees before signing: no more of the student than their first name.</summary>
public sealed record GuardianAgreementSummary(
    string StudentFirstName,
    string CompanyName,
    DateOnly StartDate,
    DateOnly EndDate,
    int PlannedHours,
    string GuardianName,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? SignedAt);
