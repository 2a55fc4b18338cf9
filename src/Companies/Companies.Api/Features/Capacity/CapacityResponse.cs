namespace PartnershipHub.Companies.Features.Capacity;

public sealed record CapacityResponse(Guid PeriodId, string PeriodName, DateOnly PeriodStart, DateOnly PeriodEnd, string Crebo, int Places);
