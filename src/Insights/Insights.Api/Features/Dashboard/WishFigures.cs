namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>One progression wish (camelCase <c>ProgressionWish</c>): students, followed up in a plan goal, goal met, outcomes.</summary>
public sealed record WishFigures(string Wish, int? Students, int? FollowedUp, int? GoalMet, WishOutcomes? Outcomes, bool Suppressed);
