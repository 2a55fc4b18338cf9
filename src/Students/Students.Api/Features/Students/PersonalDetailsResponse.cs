namespace PartnershipHub.Students.Features.Students;

/// <summary>Left out when a mentor looks at another mentor's student.</summary>
public sealed record PersonalDetailsResponse(
    DateOnly DateOfBirth,
    bool IsMinor,
    string? Email,
    string? Phone,
    string? HomePostcode,
    double? HomeLatitude,
    double? HomeLongitude);
