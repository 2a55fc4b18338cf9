using PartnershipHub.Portal.Api;

namespace PartnershipHub.Portal.Growth;

/// <summary>Everything the growth document shows, fetched with the user's token, and when it was made.</summary>
public sealed record GrowthDocumentData(StudentProgress Progress, IReadOnlyList<Assessment> Assessments, IReadOnlyList<Review> Reviews, DateTimeOffset MadeAt);
