namespace PartnershipHub.Guidance.Features.HelpRequests;

/// <summary>Help requests asked from <c>From</c> to <c>To</c> (whole days, UTC), per mentor and in total; counts and times only, no text.</summary>
public sealed record HelpRequestStatistics(DateOnly From, DateOnly To, IReadOnlyList<MentorHelpRequestStatistics> Mentors, MentorHelpRequestStatistics Total);
