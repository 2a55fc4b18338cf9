namespace PartnershipHub.Notifications.Domain;

/// <summary>A placement period (from Companies' CapacityPublished) and the qualifications places were offered for in it.</summary>
public sealed class PeriodCopy
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    public List<string> Crebos { get; set; } = [];
}
