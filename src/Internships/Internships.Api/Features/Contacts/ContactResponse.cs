using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Features.Contacts;

public sealed record ContactResponse(
    Guid Id, ContactKind Kind, DateTimeOffset ContactedAt, Guid? ByStaffId, string ByRole, string Summary, bool Joint, string? FollowUp, DateOnly? FollowUpDue);
