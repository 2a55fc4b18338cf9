namespace PartnershipHub.Students.Features.Mentors;

/// <summary>An active mentor and how many students they guide now (active or paused), for picking one.</summary>
public sealed record MentorSummary(Guid StaffId, string DisplayName, int Students);
