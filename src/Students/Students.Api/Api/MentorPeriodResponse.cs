namespace PartnershipHub.Students.Api;

public sealed record MentorPeriodResponse(Guid MentorStaffId, DateTimeOffset AssignedAt, DateTimeOffset? EndedAt);
