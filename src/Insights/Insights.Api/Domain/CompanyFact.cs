namespace PartnershipHub.Insights.Domain;

/// <summary>A company (leerbedrijf) as Companies last announced it: its name for the dashboard's rows.</summary>
public sealed class CompanyFact
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public bool Active { get; set; }

    public long Version { get; set; }
}
