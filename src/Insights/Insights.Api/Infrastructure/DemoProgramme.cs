namespace PartnershipHub.Insights.Infrastructure;

/// <summary>A programme the demo history generates students for, with the companies (and their trainers) that host its placements.</summary>
public sealed record DemoProgramme(
    string Crebo,
    string Name,
    int Level,
    string Code,
    string Team,
    IReadOnlyList<Guid> Companies,
    IReadOnlyDictionary<Guid, Guid> Trainers);
