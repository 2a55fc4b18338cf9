namespace PartnershipHub.Students.Features.Students;

public sealed record MentorPeriodResponse(Guid MentorStaffId, DateTimeOffset AssignedAt, DateTimeOffset? EndedAt);
