using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Features.Contacts;

public sealed record LogContactRequest(ContactKind? Kind, DateTimeOffset? ContactedAt, string? Summary, bool Joint, string? FollowUp, DateOnly? FollowUpDue);

public sealed record ContactResponse(
    Guid Id, ContactKind Kind, DateTimeOffset ContactedAt, Guid? ByStaffId, string ByRole, string Summary, bool Joint, string? FollowUp, DateOnly? FollowUpDue);

public sealed record ContactLog(int JointCount, DateTimeOffset? LastContactAt, bool NoRecentContact, IReadOnlyList<ContactResponse> Contacts);

public sealed record NoContactCheckResult(int Flagged);
