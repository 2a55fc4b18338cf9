namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>Students enrolled at some time in the range; those who left early in it by month after enrolment and by <c>LeavingReason</c>.</summary>
public sealed record EnrolmentLeaving(int Enrolled, int LeftEarly, IReadOnlyList<MonthCount> ByMonth, IReadOnlyList<ReasonCount> ByReason);
