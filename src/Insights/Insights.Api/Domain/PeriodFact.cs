namespace PartnershipHub.Insights.Domain;

/// <summary>A placement period, from Companies' capacity events: the dashboard's period filter.</summary>
public sealed class PeriodFact
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }
}
