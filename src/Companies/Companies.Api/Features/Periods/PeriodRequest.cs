namespace PartnershipHub.Companies.Features.Periods;

/// <summary>A placement period of the school, e.g. "2027-2028 BPV 1" from 1 September to 31 January.</summary>
public sealed record PeriodRequest(string? Name, DateOnly? Start, DateOnly? End);
