namespace PartnershipHub.Insights.Features.Dashboard;

/// <summary>A placement period: choosing it sets the range to its dates.</summary>
public sealed record PeriodOption(Guid Id, string Name, DateOnly Start, DateOnly End);
