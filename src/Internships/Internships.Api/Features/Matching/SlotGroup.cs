namespace PartnershipHub.Internships.Features.Matching;

/// <summary>The free places of one company for one crebo: the unit the flow fills and spreading is counted on.</summary>
public sealed record SlotGroup(int CompanyIndex, string Crebo, int FreePlaces);
