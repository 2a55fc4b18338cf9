namespace PartnershipHub.Students.Features.Lifecycle;

public sealed record AssignMentorRequest(Guid? MentorStaffId);
