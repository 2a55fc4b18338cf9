using PartnershipHub.Contracts;

namespace PartnershipHub.Internships.Domain;

/// <summary>Places a company offers for one crebo in one period, keyed by (company, period, crebo).</summary>
public sealed class CapacityCopy
{
    public Guid CompanyId { get; set; }

    public Guid PeriodId { get; set; }

    public string Crebo { get; set; } = "";

    public string PeriodName { get; set; } = "";

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public int Places { get; set; }

    public long Version { get; set; }

    public void Apply(CapacityPublished e)
    {
        if (e.Version <= Version)
        {
            return;
        }

        PeriodName = e.PeriodName;
        PeriodStart = e.PeriodStart;
        PeriodEnd = e.PeriodEnd;
        Places = e.Places;
        Version = e.Version;
    }
}
