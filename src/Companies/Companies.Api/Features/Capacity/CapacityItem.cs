namespace PartnershipHub.Companies.Features.Capacity;

/// <summary>Places for one qualification in one named period; the period's id follows from its name.</summary>
public sealed record CapacityItem(string? PeriodName, DateOnly? PeriodStart, DateOnly? PeriodEnd, string? Crebo, int? Places);
