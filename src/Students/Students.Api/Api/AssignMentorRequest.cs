namespace PartnershipHub.Students.Api;

public sealed record AssignMentorRequest(Guid? MentorStaffId);
