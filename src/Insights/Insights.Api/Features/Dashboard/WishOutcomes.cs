namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>What happened, each student once: moved up a level (first), else graduated, left early or still enrolled (active or paused).</summary>
public sealed record WishOutcomes(int StillEnrolled, int Graduated, int MovedUp, int LeftEarly);
